namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>A name (spec 2.1.9 Names).</summary>
public sealed record NameNode(string Value) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Name;
}
