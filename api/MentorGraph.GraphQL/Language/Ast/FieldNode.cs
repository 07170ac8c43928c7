namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>A field selection, possibly aliased (spec 2.5 Fields, 2.7 Field Alias).</summary>
public sealed record FieldNode(NameNode? Alias, NameNode Name, IReadOnlyList<ArgumentNode> Arguments, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode? SelectionSet) : SelectionNode
{
    public override SyntaxKind Kind => SyntaxKind.Field;
}
