namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// Runs GraphQL requests against one schema: document cache, parse, validate, coerce
/// variables, execute. Transports (HTTP, WebSocket, the console) depend only on this.
/// </summary>
public interface IRequestExecutor
{
    Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default);
}
