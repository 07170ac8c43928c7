using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>
/// Every directive used must be defined by the schema and allowed where it is applied
/// (spec 5.7.1 Directives Are Defined, 5.7.2 Directives Are In Valid Locations).
/// </summary>
public sealed class KnownDirectivesRule(ValidationContext context) : ValidationVisitor
{
    public override void EnterDirective(DirectiveNode node)
    {
        var name = node.Name.Value;
        if (context.Directive is not { } directive)
        {
            context.ReportError($"Unknown directive \"@{name}\".", node);
            return;
        }

        var location = context.TypeInfo.DirectiveLocation;
        var locations = directive.Locations;
        for (var i = 0; i < locations.Count; i++)
        {
            if (locations[i] == location)
            {
                return;
            }
        }

        context.ReportError($"Directive \"@{name}\" may not be used on {SpecName(location)}.", node);
    }

    /// <summary>The location as the spec's DirectiveLocations grammar spells it, such as FRAGMENT_SPREAD.</summary>
    internal static string SpecName(DirectiveLocation location) => location switch
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
        _ => location.ToString(),
    };
}
