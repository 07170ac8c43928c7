using MentorGraph.GraphQL.AspNetCore;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps GraphQL-over-HTTP endpoints.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves GraphQL over HTTP at <paramref name="pattern"/>: POST with <c>application/json</c>,
    /// and GET for queries unless <see cref="GraphQLHttpOptions.AllowGet"/> is off. Requests run
    /// on the <c>IRequestExecutor</c> registered in the services; options come from
    /// <c>IOptions&lt;GraphQLHttpOptions&gt;</c> (see <c>AddGraphQLHttp</c>).
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql") =>
        endpoints.MapGraphQL(pattern, configure: null);

    /// <summary>
    /// Serves GraphQL over HTTP at <paramref name="pattern"/> with options of its own: the
    /// registered options, then <paramref name="configure"/>.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(
        this IEndpointRouteBuilder endpoints, string pattern, Action<GraphQLHttpOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrEmpty(pattern);

        var services = endpoints.ServiceProvider;
        var options = (services.GetService<IOptions<GraphQLHttpOptions>>()?.Value ?? new GraphQLHttpOptions()).Clone();
        configure?.Invoke(options);
        options.Validate();

        var logger = services.GetRequiredService<ILogger<GraphQLHttpEndpoint>>();
        var endpoint = new GraphQLHttpEndpoint(options, logger);

        // Every method is routed here so that the endpoint, not the router, answers a PUT or a
        // DELETE: with a GraphQL-shaped 405 that names the allowed methods.
        return endpoints.Map(pattern, endpoint.HandleAsync).WithDisplayName($"GraphQL {pattern}");
    }
}
