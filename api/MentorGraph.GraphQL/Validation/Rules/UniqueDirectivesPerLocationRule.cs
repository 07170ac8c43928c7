using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>
/// A directive that is not repeatable may be applied at most once at each location
/// (spec 5.7.3 Directives Are Unique Per Location). Unknown directives are left to
/// <see cref="KnownDirectivesRule"/>.
/// </summary>
public sealed class UniqueDirectivesPerLocationRule(ValidationContext context) : ValidationVisitor
{
    public override void EnterOperationDefinition(OperationDefinitionNode node) => Check(node.Directives);

    public override void EnterFragmentDefinition(FragmentDefinitionNode node) => Check(node.Directives);

    public override void EnterVariableDefinition(VariableDefinitionNode node) => Check(node.Directives);

    public override void EnterField(FieldNode node) => Check(node.Directives);

    public override void EnterFragmentSpread(FragmentSpreadNode node) => Check(node.Directives);

    public override void EnterInlineFragment(InlineFragmentNode node) => Check(node.Directives);

    private void Check(IReadOnlyList<DirectiveNode> directives)
    {
        if (directives.Count < 2)
        {
            return;
        }

        var seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        for (var i = 0; i < directives.Count; i++)
        {
            var directive = directives[i];
            var name = directive.Name.Value;
            if (context.Schema.GetDirective(name) is not { IsRepeatable: false })
            {
                continue;
            }

            if (seen.TryGetValue(name, out var first))
            {
                context.ReportError($"The directive \"@{name}\" can only be used once at this location.", first, directive);
            }
            else
            {
                seen.Add(name, directive);
            }
        }
    }
}
