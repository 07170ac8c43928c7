using MentorGraph.GraphQL.AspNetCore;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Types;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the <see cref="IRequestExecutor"/> that GraphQL endpoints run requests on.</summary>
public static class GraphQLExecutorServiceCollectionExtensions
{
    /// <summary>
    /// Registers one executor, built on first use from the schema <paramref name="schema"/> gives
    /// and from <see cref="GraphQLExecutorOptions"/>; bind those with <c>.BindConfiguration("GraphQL")</c>.
    /// The schema is registered too, for code that prints or inspects it.
    /// </summary>
    public static OptionsBuilder<GraphQLExecutorOptions> AddGraphQLExecutor(
        this IServiceCollection services, Func<IServiceProvider, Schema> schema)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(schema);
        services.AddSingleton(schema);
        services.AddSingleton(provider =>
            provider.GetRequiredService<IOptions<GraphQLExecutorOptions>>().Value.CreateExecutor(provider.GetRequiredService<Schema>()));
        services.AddSingleton<IRequestExecutor>(provider => provider.GetRequiredService<RequestExecutor>());
        return services.AddOptions<GraphQLExecutorOptions>()
            .Validate(options => options.DocumentCacheSize > 0, "GraphQL:DocumentCacheSize must be positive.")
            .Validate(options => options.Limits.MaxTokens > 0 && options.Limits.MaxParserDepth > 0, "GraphQL:Limits:MaxTokens and MaxParserDepth must be positive.");
    }
}
