using MentorGraph.Api.Features;
using MentorGraph.GraphQL.AspNetCore;

namespace MentorGraph.Api.Extensions;

/// <summary>The GraphQL engine behind /graphql, and the options of its HTTP endpoint.</summary>
public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// The API's schema on the engine, with the executor options of the <c>GraphQL</c> section
    /// and the HTTP options of <c>GraphQL:Http</c>.
    /// </summary>
    public static IServiceCollection AddMentorGraphGraphQL(this IServiceCollection services)
    {
        // Node fetches learn the caller from the request, to apply the privacy rules.
        services.AddHttpContextAccessor();
        services.AddGraphQLHttp().BindConfiguration("GraphQL:Http");
        services.AddGraphQLExecutor(_ => MentorGraphSchema.Create())
            .BindConfiguration("GraphQL")
            .PostConfigure<IHostEnvironment>((options, environment) =>
            {
                // Exception messages and stack traces can leak internals: never outside Development,
                // whatever the configuration says.
                options.IncludeExceptionDetails &= environment.IsDevelopment();
            });

        return services;
    }
}
