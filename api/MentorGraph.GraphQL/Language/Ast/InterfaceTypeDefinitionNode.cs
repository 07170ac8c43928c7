namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>An interface type definition (spec 3.7 Interfaces).</summary>
public sealed record InterfaceTypeDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<NamedTypeNode> Interfaces, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<FieldDefinitionNode> Fields) : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeDefinition;

    public override StringValueNode? Description { get; init; } = Description;

    public override NameNode Name { get; init; } = Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; init; } = Directives;
}
