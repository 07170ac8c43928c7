namespace MentorGraph.GraphQL.Execution;

/// <summary>The state of one request as it passes through the stages; a stage that fails it sets <see cref="Result"/>.</summary>
internal sealed class RequestContext(GraphQLRequest request, CancellationToken cancellationToken)
{
    public GraphQLRequest Request { get; } = request;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>The document text: the request's query, or the persisted document it named.</summary>
    public string? DocumentText { get; set; }

    public CachedDocument? Document { get; set; }

    public CachedOperation? Operation { get; set; }

    public IReadOnlyDictionary<string, object?>? Variables { get; set; }

    public ExecutionResult? Result { get; set; }

    public void Fail(RequestErrorKind kind, GraphQLError error) => Result = ExecutionResult.FromRequestError(kind, [error]);
}
