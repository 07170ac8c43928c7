using System.Linq.Expressions;

namespace MentorGraph.Api.GraphQL.Filtering;

/// <summary>Combines conditions, leaving out the constants that would only clutter the SQL.</summary>
internal static class Predicates
{
    public static Expression AndAll(IReadOnlyList<Expression> conditions) =>
        conditions.Count == 0 ? Expression.Constant(true) : conditions.Aggregate(Expression.AndAlso);

    public static Expression OrAll(IReadOnlyList<Expression> conditions) =>
        conditions.Count == 0 ? Expression.Constant(false) : conditions.Aggregate(Expression.OrElse);
}
