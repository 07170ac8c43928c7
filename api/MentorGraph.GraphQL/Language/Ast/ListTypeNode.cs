namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>A list type reference, [T].</summary>
public sealed record ListTypeNode(TypeNode Type) : TypeNode
{
    public override SyntaxKind Kind => SyntaxKind.ListType;
}
