namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>A reference to a named type (spec 2.11 Type References).</summary>
public sealed record NamedTypeNode(NameNode Name) : TypeNode
{
    public override SyntaxKind Kind => SyntaxKind.NamedType;
}
