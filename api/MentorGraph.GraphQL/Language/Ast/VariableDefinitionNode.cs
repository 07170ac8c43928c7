namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>A variable definition of an operation (spec 2.10 Variables).</summary>
public sealed record VariableDefinitionNode(VariableNode Variable, TypeNode Type, ValueNode? DefaultValue, IReadOnlyList<DirectiveNode> Directives) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;
}
