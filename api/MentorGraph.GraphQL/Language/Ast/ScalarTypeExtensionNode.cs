namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>extend scalar (spec 3.5.1).</summary>
public sealed record ScalarTypeExtensionNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives) : TypeExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeExtension;

    public override NameNode Name { get; init; } = Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; init; } = Directives;
}
