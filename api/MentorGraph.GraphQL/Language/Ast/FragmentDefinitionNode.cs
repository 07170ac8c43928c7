namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>A named fragment (spec 2.8 Fragments).</summary>
public sealed record FragmentDefinitionNode(NameNode Name, NamedTypeNode TypeCondition, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet) : ExecutableDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;
}
