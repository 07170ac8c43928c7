namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// One GraphQL request as a transport hands it to the engine (GraphQL over HTTP,
/// "GraphQL-over-HTTP request parameters"). Variables and extensions are plain .NET values
/// decoded from JSON: null, bool, string, long, double (or decimal), lists as
/// <see cref="IReadOnlyList{T}"/> of object, and objects as dictionaries keyed by name.
/// </summary>
public sealed record GraphQLRequest
{
    /// <summary>The document text, or null when the client sent a persisted document id.</summary>
    public string? Query { get; init; }

    public string? OperationName { get; init; }

    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>A trusted-document id such as <c>sha256:&lt;hex&gt;</c>, when sent instead of the query.</summary>
    public string? DocumentId { get; init; }

    /// <summary>
    /// The operation kinds this request may run. GET requests allow queries only
    /// (GraphQL over HTTP, "GET"): a mutation is refused with <see cref="RequestErrorKind.OperationNotAllowed"/>.
    /// </summary>
    public AllowedOperations AllowedOperations { get; init; } = AllowedOperations.All;

    /// <summary>The services of the caller's scope (for DataLoaders and resolvers), if any.</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>Per-request state a host passes to resolvers, such as the authenticated user.</summary>
    public IReadOnlyDictionary<string, object?>? ContextData { get; init; }

    /// <summary>A value handed to the root resolvers as their parent.</summary>
    public object? RootValue { get; init; }
}
