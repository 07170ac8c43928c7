namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>A root operation type of a schema definition (spec 3.3.1).</summary>
public sealed record OperationTypeDefinitionNode(OperationType Operation, NamedTypeNode Type) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;
}
