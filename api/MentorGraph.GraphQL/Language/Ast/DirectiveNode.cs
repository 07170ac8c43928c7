namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>A directive applied at a location (spec 2.12 Directives).</summary>
public sealed record DirectiveNode(NameNode Name, IReadOnlyList<ArgumentNode> Arguments) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Directive;
}
