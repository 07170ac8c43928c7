namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>An inline fragment (spec 2.8.2 Inline Fragments).</summary>
public sealed record InlineFragmentNode(NamedTypeNode? TypeCondition, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet) : SelectionNode
{
    public override SyntaxKind Kind => SyntaxKind.InlineFragment;
}
