namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>true or false (spec 2.9.3 Boolean Value).</summary>
public sealed record BooleanValueNode(bool Value) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.BooleanValue;
}
