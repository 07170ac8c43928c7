using MentorGraph.GraphQL;
using MentorGraph.GraphQL.Execution;

namespace MentorGraph.Api.Extensions;

/// <summary>The GraphQL engine behind /graphql, and the options of its HTTP endpoint.</summary>
public static class GraphQLServiceCollectionExtensions
{
    public static IServiceCollection AddMentorGraphGraphQL(this IServiceCollection services)
    {
        services.AddGraphQLHttp().BindConfiguration("GraphQL:Http");

        // TEMPORARY: the engine is being built in parallel. Replace this one line with the real
        // executor's registration, and delete EngineNotWiredExecutor below.
        services.AddSingleton<IRequestExecutor, EngineNotWiredExecutor>();

        return services;
    }

    /// <summary>Answers every request with an error saying that the engine is not wired yet.</summary>
    private sealed class EngineNotWiredExecutor : IRequestExecutor
    {
        private static readonly ExecutionResult _result = new()
        {
            Errors =
            [
                new GraphQLError(
                    "The GraphQL engine is not wired into this server yet.",
                    extensions: new Dictionary<string, object?> { ["code"] = "ENGINE_NOT_WIRED" }),
            ],
        };

        public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default) =>
            Task.FromResult(_result);
    }
}
