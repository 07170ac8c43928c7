namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>Where a directive may be applied (spec 3.13 DirectiveLocations).</summary>
public enum DirectiveLocation
{
    // Executable directive locations.
    Query,
    Mutation,
    Subscription,
    Field,
    FragmentDefinition,
    FragmentSpread,
    InlineFragment,
    VariableDefinition,

    // Type system directive locations.
    Schema,
    Scalar,
    Object,
    FieldDefinition,
    ArgumentDefinition,
    Interface,
    Union,
    Enum,
    EnumValue,
    InputObject,
    InputFieldDefinition,
}
