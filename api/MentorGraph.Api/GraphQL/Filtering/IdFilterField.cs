using System.Linq.Expressions;
using MentorGraph.Api.GraphQL.Relay;
using MentorGraph.GraphQL.Types.Builders;

namespace MentorGraph.Api.GraphQL.Filtering;

/// <summary>A key compared by global ID: <c>organization: { eq: "T3JnYW5pemF0aW9uOjE=" }</c>, decoded to the key before it reaches SQL.</summary>
internal sealed class IdFilterField<TKey>(string name, string? description, MemberSelector selector, string nodeTypeName)
    : FilterField(name, description)
    where TKey : IParsable<TKey>
{
    private static readonly ScalarOperations _operations = ScalarOperations.Id;

    public override string InputTypeName => _operations.InputTypeName;

    public override void AddTypes(SchemaBuilder builder) => _operations.AddType(builder);

    public override Expression Build(Expression entity, object value, FilterScope scope) =>
        _operations.Build(Name, selector.Apply(entity), (IReadOnlyDictionary<string, object?>)value, id => GlobalId.Parse<TKey>((string)id, nodeTypeName));
}
