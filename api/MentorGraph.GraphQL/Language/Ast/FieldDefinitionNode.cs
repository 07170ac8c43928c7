namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>A field definition of an object or interface (spec 3.6).</summary>
public sealed record FieldDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<InputValueDefinitionNode> Arguments, TypeNode Type, IReadOnlyList<DirectiveNode> Directives) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.FieldDefinition;
}
