namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>An enum value literal (spec 2.9.6 Enum Value).</summary>
public sealed record EnumValueNode(string Value) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.EnumValue;
}
