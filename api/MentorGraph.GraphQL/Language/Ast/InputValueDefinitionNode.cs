namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>An argument or input field definition (spec 3.6.1, 3.10).</summary>
public sealed record InputValueDefinitionNode(StringValueNode? Description, NameNode Name, TypeNode Type, ValueNode? DefaultValue, IReadOnlyList<DirectiveNode> Directives) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;
}
