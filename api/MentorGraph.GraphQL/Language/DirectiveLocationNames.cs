using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Language;

/// <summary>
/// The names of directive locations as written in SDL and returned by introspection
/// (spec 3.13 DirectiveLocations: ExecutableDirectiveLocation, TypeSystemDirectiveLocation).
/// </summary>
public static class DirectiveLocationNames
{
    /// <summary>The name of a location, e.g. <c>FIELD_DEFINITION</c>.</summary>
    public static string ToName(DirectiveLocation location) => location switch
    {
        DirectiveLocation.Query => "QUERY",
        DirectiveLocation.Mutation => "MUTATION",
        DirectiveLocation.Subscription => "SUBSCRIPTION",
        DirectiveLocation.Field => "FIELD",
        DirectiveLocation.FragmentDefinition => "FRAGMENT_DEFINITION",
        DirectiveLocation.FragmentSpread => "FRAGMENT_SPREAD",
        DirectiveLocation.InlineFragment => "INLINE_FRAGMENT",
        DirectiveLocation.VariableDefinition => "VARIABLE_DEFINITION",
        DirectiveLocation.Schema => "SCHEMA",
        DirectiveLocation.Scalar => "SCALAR",
        DirectiveLocation.Object => "OBJECT",
        DirectiveLocation.FieldDefinition => "FIELD_DEFINITION",
        DirectiveLocation.ArgumentDefinition => "ARGUMENT_DEFINITION",
        DirectiveLocation.Interface => "INTERFACE",
        DirectiveLocation.Union => "UNION",
        DirectiveLocation.Enum => "ENUM",
        DirectiveLocation.EnumValue => "ENUM_VALUE",
        DirectiveLocation.InputObject => "INPUT_OBJECT",
        DirectiveLocation.InputFieldDefinition => "INPUT_FIELD_DEFINITION",
        _ => throw new ArgumentOutOfRangeException(nameof(location), location, "Unknown directive location."),
    };

    /// <summary>The location a name stands for; false for a name that is not one.</summary>
    public static bool TryParse(string name, out DirectiveLocation location)
    {
        ArgumentNullException.ThrowIfNull(name);
        location = name switch
        {
            "QUERY" => DirectiveLocation.Query,
            "MUTATION" => DirectiveLocation.Mutation,
            "SUBSCRIPTION" => DirectiveLocation.Subscription,
            "FIELD" => DirectiveLocation.Field,
            "FRAGMENT_DEFINITION" => DirectiveLocation.FragmentDefinition,
            "FRAGMENT_SPREAD" => DirectiveLocation.FragmentSpread,
            "INLINE_FRAGMENT" => DirectiveLocation.InlineFragment,
            "VARIABLE_DEFINITION" => DirectiveLocation.VariableDefinition,
            "SCHEMA" => DirectiveLocation.Schema,
            "SCALAR" => DirectiveLocation.Scalar,
            "OBJECT" => DirectiveLocation.Object,
            "FIELD_DEFINITION" => DirectiveLocation.FieldDefinition,
            "ARGUMENT_DEFINITION" => DirectiveLocation.ArgumentDefinition,
            "INTERFACE" => DirectiveLocation.Interface,
            "UNION" => DirectiveLocation.Union,
            "ENUM" => DirectiveLocation.Enum,
            "ENUM_VALUE" => DirectiveLocation.EnumValue,
            "INPUT_OBJECT" => DirectiveLocation.InputObject,
            "INPUT_FIELD_DEFINITION" => DirectiveLocation.InputFieldDefinition,
            _ => (DirectiveLocation)(-1),
        };
        return location >= 0;
    }
}
