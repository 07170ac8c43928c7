namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>A union type definition (spec 3.8 Unions).</summary>
public sealed record UnionTypeDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<NamedTypeNode> Types) : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.UnionTypeDefinition;

    public override StringValueNode? Description { get; init; } = Description;

    public override NameNode Name { get; init; } = Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; init; } = Directives;
}
