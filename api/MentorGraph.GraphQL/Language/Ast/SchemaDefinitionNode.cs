namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>The schema definition (spec 3.3 Schema).</summary>
public sealed record SchemaDefinitionNode(StringValueNode? Description, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<OperationTypeDefinitionNode> OperationTypes) : TypeSystemDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.SchemaDefinition;
}
