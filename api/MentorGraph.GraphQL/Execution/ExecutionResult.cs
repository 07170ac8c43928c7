namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// The response of one request (spec 7.1 Response Format). <see cref="Data"/> is absent
/// when the request failed before execution (<see cref="RequestError"/> says why), and may
/// be null when a non-null root field failed. The data map preserves field order.
/// </summary>
public sealed record ExecutionResult
{
    /// <summary>Whether the response has a "data" entry at all (spec 7.1.1).</summary>
    public bool HasData { get; init; }

    /// <summary>The result map: ordered dictionaries, lists and scalar values ready to serialise.</summary>
    public IReadOnlyDictionary<string, object?>? Data { get; init; }

    public IReadOnlyList<GraphQLError>? Errors { get; init; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>
    /// For a subscription whose source stream was created (spec 6.2.3): one result per event.
    /// Null for queries and mutations. Enumerating it with a cancellation token ends the subscription.
    /// </summary>
    public IAsyncEnumerable<ExecutionResult>? Stream { get; init; }

    /// <summary>Set when the request failed before execution started; null once execution began.</summary>
    public RequestErrorKind? RequestError { get; init; }

    public static ExecutionResult FromRequestError(RequestErrorKind kind, IReadOnlyList<GraphQLError> errors) =>
        new() { RequestError = kind, Errors = errors };
}
