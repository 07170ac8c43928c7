using System.Runtime.CompilerServices;
using MentorGraph.GraphQL.Types;
using MentorGraph.GraphQL.Types.Scalars;

namespace MentorGraph.GraphQL.Validation;

/// <summary>
/// The fields every query may select without the schema declaring them (spec 4.2):
/// <c>__typename</c> on any composite type, <c>__schema</c> and <c>__type(name:)</c> on the
/// query root. Their types are the schema's own <c>__Schema</c> and <c>__Type</c>, so the
/// definitions are made once per schema.
/// </summary>
internal static class IntrospectionMetaFields
{
    private static readonly ConditionalWeakTable<Schema, RootFields> _rootFields = new();

    public static FieldDefinition TypeName { get; } = new("__typename", new NonNullType(SpecifiedScalars.String))
    {
        Description = "The name of the current Object type at runtime.",
    };

    /// <summary>The meta-field of that name on the parent type, or null when there is none.</summary>
    public static FieldDefinition? Find(Schema schema, NamedType parentType, string name)
    {
        if (name.Length < 2 || name[0] != '_' || name[1] != '_')
        {
            return null;
        }

        if (name == "__typename")
        {
            return TypeName;
        }

        if (parentType is not ObjectType || !ReferenceEquals(parentType, schema.QueryType))
        {
            return null;
        }

        var root = _rootFields.GetValue(schema, static s => new RootFields(s));
        return name switch
        {
            "__schema" => root.Schema,
            "__type" => root.Type,
            _ => null,
        };
    }

    private sealed class RootFields
    {
        public RootFields(Schema schema)
        {
            if (schema.GetType("__Schema") is { } schemaType)
            {
                Schema = new FieldDefinition("__schema", new NonNullType(schemaType))
                {
                    Description = "Access the current type schema of this server.",
                };
            }

            if (schema.GetType("__Type") is { } typeType)
            {
                Type = new FieldDefinition("__type", typeType)
                {
                    Description = "Request the type information of a single type.",
                    Arguments = [new InputValueDefinition("name", new NonNullType(SpecifiedScalars.String))],
                };
            }
        }

        public FieldDefinition? Schema { get; }

        public FieldDefinition? Type { get; }
    }
}
