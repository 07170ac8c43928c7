namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>
/// The base of every node of a parsed GraphQL document. Nodes are immutable records; the
/// location, when the parser recorded one, points back into the source text.
/// </summary>
public abstract record SyntaxNode
{
    public abstract SyntaxKind Kind { get; }

    /// <summary>Where the node stands in the source, or null for a node built in code.</summary>
    public Location? Location { get; init; }
}
