namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>A non-null type reference, T!.</summary>
public sealed record NonNullTypeNode(TypeNode Type) : TypeNode
{
    public override SyntaxKind Kind => SyntaxKind.NonNullType;
}
