namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>An input object literal (spec 2.9.8 Input Object Values).</summary>
public sealed record ObjectValueNode(IReadOnlyList<ObjectFieldNode> Fields) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.ObjectValue;
}
