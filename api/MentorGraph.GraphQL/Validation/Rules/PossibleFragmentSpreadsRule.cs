using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>
/// A fragment may be spread only where some object could be of both the fragment's type and
/// the enclosing type (spec 5.5.2.3 Fragment spread is possible).
/// </summary>
public sealed class PossibleFragmentSpreadsRule(ValidationContext context) : ValidationVisitor
{
    public override void EnterInlineFragment(InlineFragmentNode node)
    {
        if (context.Type is NamedType fragmentType
            && TypeRelations.IsCompositeType(fragmentType)
            && context.ParentType is { } parentType
            && TypeRelations.IsCompositeType(parentType)
            && !TypeRelations.DoTypesOverlap(context.Schema, fragmentType, parentType))
        {
            context.ReportError(
                $"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".",
                node);
        }
    }

    public override void EnterFragmentSpread(FragmentSpreadNode node)
    {
        var name = node.Name.Value;
        if (context.GetFragment(name) is { } fragment
            && context.Schema.GetType(fragment.TypeCondition.Name.Value) is { } fragmentType
            && TypeRelations.IsCompositeType(fragmentType)
            && context.ParentType is { } parentType
            && TypeRelations.IsCompositeType(parentType)
            && !TypeRelations.DoTypesOverlap(context.Schema, fragmentType, parentType))
        {
            context.ReportError(
                $"Fragment \"{name}\" cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".",
                node);
        }
    }
}
