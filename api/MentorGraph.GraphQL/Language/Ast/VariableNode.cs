namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>A variable reference, $name (spec 2.10 Variables).</summary>
public sealed record VariableNode(NameNode Name) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.Variable;
}
