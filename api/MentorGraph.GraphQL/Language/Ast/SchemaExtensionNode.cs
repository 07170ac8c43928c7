namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>extend schema (spec 3.3.2 Schema Extension).</summary>
public sealed record SchemaExtensionNode(IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<OperationTypeDefinitionNode> OperationTypes) : TypeSystemExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.SchemaExtension;
}
