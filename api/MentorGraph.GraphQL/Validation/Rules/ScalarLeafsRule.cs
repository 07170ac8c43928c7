using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>
/// A field of scalar or enum type must not have a selection set, and a field of object,
/// interface or union type must have one (spec 5.3.3 Leaf Field Selections).
/// </summary>
public sealed class ScalarLeafsRule(ValidationContext context) : ValidationVisitor
{
    public override void EnterField(FieldNode node)
    {
        if (context.Type is not { } type)
        {
            return;
        }

        var named = type.GetNamedType();
        if (named is LeafType)
        {
            if (node.SelectionSet is { } selectionSet)
            {
                context.ReportError(
                    $"Field \"{node.Name.Value}\" must not have a selection since type \"{type}\" has no subfields.",
                    selectionSet);
            }
        }
        else if (node.SelectionSet is null)
        {
            var name = node.Name.Value;
            context.ReportError(
                $"Field \"{name}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{name} {{ ... }}\"?",
                node);
        }
    }
}
