using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>
/// Fragments may only be declared on objects, interfaces and unions
/// (spec 5.5.1.3 Fragments On Composite Types).
/// </summary>
public sealed class FragmentsOnCompositeTypesRule(ValidationContext context) : ValidationVisitor
{
    public override void EnterInlineFragment(InlineFragmentNode node)
    {
        if (node.TypeCondition is { } typeCondition && IsNonComposite(typeCondition))
        {
            context.ReportError($"Fragment cannot condition on non composite type \"{typeCondition.Name.Value}\".", typeCondition);
        }
    }

    public override void EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        if (IsNonComposite(node.TypeCondition))
        {
            context.ReportError($"Fragment \"{node.Name.Value}\" cannot condition on non composite type \"{node.TypeCondition.Name.Value}\".", node.TypeCondition);
        }
    }

    private bool IsNonComposite(NamedTypeNode typeCondition) =>
        context.Schema.GetType(typeCondition.Name.Value) is { } type && !TypeRelations.IsCompositeType(type);
}
