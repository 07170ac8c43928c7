namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>One field of an input object literal.</summary>
public sealed record ObjectFieldNode(NameNode Name, ValueNode Value) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.ObjectField;
}
