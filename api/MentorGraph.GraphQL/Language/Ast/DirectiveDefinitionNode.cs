namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>A directive definition (spec 3.13 Directives).</summary>
public sealed record DirectiveDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<InputValueDefinitionNode> Arguments, bool Repeatable, IReadOnlyList<NameNode> Locations) : TypeSystemDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;
}
