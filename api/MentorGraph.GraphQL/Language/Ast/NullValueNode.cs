namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>The null literal (spec 2.9.5 Null Value).</summary>
public sealed record NullValueNode() : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.NullValue;
}
