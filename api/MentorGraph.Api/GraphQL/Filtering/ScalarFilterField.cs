using System.Linq.Expressions;
using MentorGraph.GraphQL.Types.Builders;

namespace MentorGraph.Api.GraphQL.Filtering;

/// <summary>A field compared by value, with the operators its type supports (<see cref="ScalarOperations"/>).</summary>
internal sealed class ScalarFilterField(string name, string? description, MemberSelector selector, ScalarOperations operations)
    : FilterField(name, description)
{
    public override string InputTypeName => operations.InputTypeName;

    public override void AddTypes(SchemaBuilder builder) => operations.AddType(builder);

    public override Expression Build(Expression entity, object value, FilterScope scope) =>
        operations.Build(Name, selector.Apply(entity), (IReadOnlyDictionary<string, object?>)value, value => value);
}
