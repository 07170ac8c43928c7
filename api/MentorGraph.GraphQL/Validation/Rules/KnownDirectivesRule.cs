using MentorGraph.GraphQL.Language;
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

        context.ReportError($"Directive \"@{name}\" may not be used on {DirectiveLocationNames.ToName(location)}.", node);
    }
}
