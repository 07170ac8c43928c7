using System.Linq.Expressions;
using MentorGraph.GraphQL.Types.Builders;

namespace MentorGraph.Api.GraphQL.Filtering;

/// <summary>A reference to another entity, filtered with that entity's filter: <c>organization: { slug: { eq: "refugee-welcome" } }</c>.</summary>
internal sealed class ObjectFilterField(string name, string? description, MemberSelector selector, IFilterDefinition filter)
    : FilterField(name, description)
{
    public override string InputTypeName => filter.InputTypeName;

    public override void AddTypes(SchemaBuilder builder) => filter.AddTypes(builder);

    public override Expression Build(Expression entity, object value, FilterScope scope)
    {
        var target = selector.Apply(entity);
        var predicate = filter.Build(target, (IReadOnlyDictionary<string, object?>)value, scope.Nested());
        // A missing reference matches no condition on it, in SQL (a LEFT JOIN's nulls) as in C#.
        return selector.IsNullable
            ? Expression.AndAlso(Expression.NotEqual(target, Expression.Constant(null, target.Type)), predicate)
            : predicate;
    }
}
