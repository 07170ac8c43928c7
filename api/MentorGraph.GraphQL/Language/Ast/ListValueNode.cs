namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>A list literal (spec 2.9.7 List Value).</summary>
public sealed record ListValueNode(IReadOnlyList<ValueNode> Values) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.ListValue;
}
