namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>An argument of a field or directive (spec 2.6 Arguments).</summary>
public sealed record ArgumentNode(NameNode Name, ValueNode Value) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Argument;
}
