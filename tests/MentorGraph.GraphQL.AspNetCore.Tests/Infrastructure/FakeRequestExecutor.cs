using System.Collections.Concurrent;
using MentorGraph.GraphQL.Execution;

namespace MentorGraph.GraphQL.AspNetCore.Tests.Infrastructure;

/// <summary>An executor that records what it was asked and answers what the test says.</summary>
internal sealed class FakeRequestExecutor(Func<GraphQLRequest, CancellationToken, Task<ExecutionResult>> respond)
    : IRequestExecutor
{
    public FakeRequestExecutor(ExecutionResult result)
        : this((_, _) => Task.FromResult(result))
    {
    }

    public FakeRequestExecutor()
        : this(Results.TypenameQuery)
    {
    }

    public ConcurrentQueue<GraphQLRequest> Requests { get; } = new();

    public GraphQLRequest SingleRequest => Assert.Single(Requests);

    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        Requests.Enqueue(request);
        return respond(request, cancellationToken);
    }
}
