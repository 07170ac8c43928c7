namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>A float literal, kept as written (spec 2.9.2 Float Value).</summary>
public sealed record FloatValueNode(string Value) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.FloatValue;
}
