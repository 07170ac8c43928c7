namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>A string literal with escapes resolved; Block tells whether it was a block string (spec 2.9.4 String Value).</summary>
public sealed record StringValueNode(string Value, bool Block) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.StringValue;
}
