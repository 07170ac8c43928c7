namespace MentorGraph.GraphQL.Language;

/// <summary>
/// Limits and switches of <see cref="Parser"/>. The limits guard the server against
/// documents crafted to cost much to parse, as graphql-js's <c>maxTokens</c> does.
/// </summary>
public sealed record ParserOptions
{
    /// <summary>The options used when none are given.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>
    /// Options for documents the server's own operators wrote, such as a schema's SDL: no
    /// token limit (large schemas such as GitHub's have tens of thousands of tokens), while
    /// the stack guard still applies. Request documents use <see cref="Default"/>.
    /// </summary>
    public static ParserOptions TrustedSource { get; } = new() { MaxTokens = int.MaxValue };

    /// <summary>
    /// The most lexical tokens a document may have (ignored tokens not counted); one more
    /// aborts parsing with <see cref="ErrorCodes.MaxTokensExceeded"/>.
    /// </summary>
    public int MaxTokens { get; init; } = 15000;

    /// <summary>
    /// How deep selection sets, list and object values and list types may nest; deeper
    /// aborts parsing with <see cref="ErrorCodes.MaxParserDepthExceeded"/>. Whatever the
    /// value, the parser also stops before the thread's stack would overflow.
    /// </summary>
    public int MaxDepth { get; init; } = 200;

    /// <summary>When true, nodes carry no <see cref="Ast.SyntaxNode.Location"/>: less memory for documents only executed.</summary>
    public bool NoLocations { get; init; }
}
