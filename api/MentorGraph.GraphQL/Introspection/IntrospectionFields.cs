using MentorGraph.GraphQL.Types;
using MentorGraph.GraphQL.Types.Scalars;

namespace MentorGraph.GraphQL.Introspection;

/// <summary>
/// The meta-fields every query may select without the schema declaring them (spec 4.1, 4.2):
/// <c>__schema</c> and <c>__type</c> on the query root, <c>__typename</c> anywhere. Validation
/// looks them up here when a selection names them; the executor runs their resolvers.
/// </summary>
public static class IntrospectionFields
{
    /// <summary><c>__schema: __Schema!</c> on the query root type.</summary>
    public static FieldDefinition Schema { get; } = new("__schema", new NonNullType(IntrospectionTypes.Schema))
    {
        Description = "Access the current type schema of this server.",
        Resolver = context => new ValueTask<object?>(context.Schema),
    };

    /// <summary><c>__type(name: String!): __Type</c> on the query root type.</summary>
    public static FieldDefinition Type { get; } = new("__type", IntrospectionTypes.Type)
    {
        Description = "Request the type information of a single type.",
        Arguments = [new InputValueDefinition("name", new NonNullType(SpecifiedScalars.String))],
        Resolver = context => new ValueTask<object?>(
            context.Arguments.TryGetValue("name", out var name) && name is string typeName ? context.Schema.GetType(typeName) : null),
    };

    /// <summary><c>__typename: String!</c> on every object, interface and union (spec 4.1.1).</summary>
    public static FieldDefinition TypeName { get; } = new("__typename", new NonNullType(SpecifiedScalars.String))
    {
        Description = "The name of the current Object type at runtime.",
        Resolver = context => new ValueTask<object?>(context.ParentType.Name),
    };

    /// <summary>
    /// The meta-field of the given name that may be selected on <paramref name="parentType"/>,
    /// or null: <c>__schema</c> and <c>__type</c> only on the query root, <c>__typename</c> on any composite type.
    /// </summary>
    public static FieldDefinition? Find(Schema schema, NamedType parentType, string fieldName) => fieldName switch
    {
        "__typename" when parentType is ObjectType or InterfaceType or UnionType => TypeName,
        "__schema" when ReferenceEquals(parentType, schema.QueryType) => Schema,
        "__type" when ReferenceEquals(parentType, schema.QueryType) => Type,
        _ => null,
    };
}
