namespace MentorGraph.GraphQL.Validation;

/// <summary>How <see cref="DocumentValidator"/> validates a document.</summary>
public sealed class ValidationOptions
{
    /// <summary>The default error limit, as graphql-js's <c>maxErrors</c>.</summary>
    public const int DefaultMaxErrors = 100;

    /// <summary>
    /// How many errors to collect before validation stops: a hostile document should not make
    /// the server build an unbounded error list. One more error then says validation was aborted.
    /// </summary>
    public int MaxErrors { get; init; } = DefaultMaxErrors;

    /// <summary>The rules to run; null means <see cref="SpecifiedRules.All"/>.</summary>
    public IReadOnlyList<ValidationRule>? Rules { get; init; }
}
