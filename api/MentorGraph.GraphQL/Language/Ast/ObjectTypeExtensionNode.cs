namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>extend type (spec 3.6.3).</summary>
public sealed record ObjectTypeExtensionNode(NameNode Name, IReadOnlyList<NamedTypeNode> Interfaces, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<FieldDefinitionNode> Fields) : TypeExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeExtension;

    public override NameNode Name { get; init; } = Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; init; } = Directives;
}
