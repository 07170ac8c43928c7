using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>
/// Every fragment spread must name a fragment defined in the document
/// (spec 5.5.2.1 Fragment spread target defined).
/// </summary>
public sealed class KnownFragmentNamesRule(ValidationContext context) : ValidationVisitor
{
    public override void EnterFragmentSpread(FragmentSpreadNode node)
    {
        if (context.GetFragment(node.Name.Value) is null)
        {
            context.ReportError($"Unknown fragment \"{node.Name.Value}\".", node.Name);
        }
    }
}
