using System.Linq.Expressions;

namespace MentorGraph.Api.GraphQL.Filtering;

/// <summary>Puts one expression where a lambda's parameter was, to compose selectors into larger predicates.</summary>
internal sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
{
    public static Expression Replace(Expression body, ParameterExpression parameter, Expression replacement) =>
        ReferenceEquals(parameter, replacement) ? body : new ParameterReplacer(parameter, replacement).Visit(body);

    protected override Expression VisitParameter(ParameterExpression node) =>
        ReferenceEquals(node, parameter) ? replacement : base.VisitParameter(node);
}
