namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// How requests are executed. The defaults are safe for production: exception details are
/// hidden, introspection is on, and a request may run for 30 seconds.
/// </summary>
public sealed record ExecutionOptions
{
    /// <summary>
    /// Development only: a resolver exception's message and stack trace reach the caller instead
    /// of "Unexpected Execution Error".
    /// </summary>
    public bool IncludeExceptionDetails { get; init; }

    /// <summary>Whether <c>__schema</c> and <c>__type</c> may be queried (spec 4 Introspection).</summary>
    public bool EnableIntrospection { get; init; } = true;

    /// <summary>How long one request may execute before it is stopped with <see cref="ErrorCodes.Timeout"/>; null for no limit.</summary>
    public TimeSpan? Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How many parsed and validated documents (with their compiled plans) are kept.</summary>
    public int DocumentCacheSize { get; init; } = 1000;
}
