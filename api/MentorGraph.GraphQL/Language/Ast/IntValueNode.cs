namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>An integer literal, kept as written (spec 2.9.1 Int Value).</summary>
public sealed record IntValueNode(string Value) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.IntValue;
}
