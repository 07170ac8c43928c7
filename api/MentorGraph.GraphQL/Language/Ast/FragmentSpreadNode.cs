namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>A spread of a named fragment (spec 2.8 Fragments).</summary>
public sealed record FragmentSpreadNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives) : SelectionNode
{
    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;
}
