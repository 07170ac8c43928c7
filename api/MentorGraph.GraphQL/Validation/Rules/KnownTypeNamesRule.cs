using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>
/// Every type named by a variable definition or type condition must exist in the schema
/// (spec 5.5.1.2 Fragment Spread Type Existence, 5.8.2 Variables Are Input Types).
/// </summary>
public sealed class KnownTypeNamesRule(ValidationContext context) : ValidationVisitor
{
    public override void EnterNamedType(NamedTypeNode node)
    {
        var name = node.Name.Value;
        if (context.Schema.GetType(name) is not null)
        {
            return;
        }

        var suggestions = Suggestions.List(name, context.Schema.Types.Keys);
        context.ReportError($"Unknown type \"{name}\"." + Suggestions.DidYouMean(suggestions), node);
    }
}
