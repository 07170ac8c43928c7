namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>A selection set in braces (spec 2.4 Selection Sets).</summary>
public sealed record SelectionSetNode(IReadOnlyList<SelectionNode> Selections) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.SelectionSet;
}
