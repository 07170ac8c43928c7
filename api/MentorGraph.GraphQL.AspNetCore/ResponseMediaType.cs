namespace MentorGraph.GraphQL.AspNetCore;

/// <summary>The two response media types GraphQL over HTTP defines.</summary>
internal enum ResponseMediaType
{
    /// <summary><c>application/graphql-response+json</c>: status codes follow the request's fate.</summary>
    GraphQLResponseJson,

    /// <summary><c>application/json</c>: legacy clients, 200 for every GraphQL result.</summary>
    Json,
}
