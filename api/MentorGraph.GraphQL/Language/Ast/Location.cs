namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>
/// The span of a node in its source: UTF-8 byte offsets <paramref name="Start"/> (inclusive)
/// and <paramref name="End"/> (exclusive), and the 1-based line and column (in Unicode
/// characters) where it starts, as GraphQL errors report them.
/// </summary>
public readonly record struct Location(int Start, int End, int Line, int Column);
