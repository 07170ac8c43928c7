using MentorGraph.GraphQL.Introspection;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// The introspection fields the query root has implicitly (spec 4.2 "__schema" and "__type").
/// <c>__typename</c> is planned apart, since its value is known from the plan.
/// </summary>
internal static class MetaFields
{
    public static FieldDefinition? Find(Schema schema, ObjectType type, string name) =>
        name is "__schema" or "__type" ? IntrospectionFields.Find(schema, type, name) : null;
}
