using MentorGraph.GraphQL.AspNetCore;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the options of the GraphQL-over-HTTP endpoints.</summary>
public static class GraphQLHttpServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="GraphQLHttpOptions"/>; bind them with
    /// <c>.BindConfiguration("GraphQL:Http")</c> or configure them with <c>.Configure(...)</c>.
    /// The host registers its <c>IRequestExecutor</c> separately.
    /// </summary>
    public static OptionsBuilder<GraphQLHttpOptions> AddGraphQLHttp(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddRouting();
        return services.AddOptions<GraphQLHttpOptions>()
            .Validate(options => options.MaxRequestBodySize > 0, "GraphQL:Http:MaxRequestBodySize must be positive.");
    }
}
