namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>One value of an enum type definition.</summary>
public sealed record EnumValueDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;
}
