namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>An enum type definition (spec 3.9 Enums).</summary>
public sealed record EnumTypeDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<EnumValueDefinitionNode> Values) : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.EnumTypeDefinition;

    public override StringValueNode? Description { get; init; } = Description;

    public override NameNode Name { get; init; } = Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; init; } = Directives;
}
