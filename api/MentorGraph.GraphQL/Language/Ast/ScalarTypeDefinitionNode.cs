namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>A scalar type definition (spec 3.5 Scalars).</summary>
public sealed record ScalarTypeDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives) : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeDefinition;

    public override StringValueNode? Description { get; init; } = Description;

    public override NameNode Name { get; init; } = Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; init; } = Directives;
}
