namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>A whole document (spec 2.2 Document).</summary>
public sealed record DocumentNode(IReadOnlyList<DefinitionNode> Definitions) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Document;
}
