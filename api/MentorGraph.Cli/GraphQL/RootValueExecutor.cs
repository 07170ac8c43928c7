using MentorGraph.GraphQL.Execution;

namespace MentorGraph.Cli.GraphQL;

/// <summary>Runs every request with the same root value: the JSON data a mock server serves.</summary>
internal sealed class RootValueExecutor(IRequestExecutor inner, object? rootValue) : IRequestExecutor
{
    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default) =>
        inner.ExecuteAsync(request with { RootValue = rootValue }, cancellationToken);
}
