namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>An operation, named or anonymous shorthand (spec 2.3 Operations).</summary>
public sealed record OperationDefinitionNode(OperationType Operation, NameNode? Name, IReadOnlyList<VariableDefinitionNode> VariableDefinitions, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet) : ExecutableDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;
}
