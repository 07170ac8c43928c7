namespace MentorGraph.GraphQL.AspNetCore;

/// <summary>The media types of GraphQL over HTTP ("Media Types").</summary>
public static class GraphQLMediaTypes
{
    /// <summary>
    /// The GraphQL response media type: its status codes tell a request error (4xx) from a
    /// result (2xx) (GraphQL over HTTP, "application/graphql-response+json").
    /// </summary>
    public const string GraphQLResponseJson = "application/graphql-response+json";

    /// <summary>
    /// The request media type, and the legacy response media type whose status is 200 for
    /// every well-formed request (GraphQL over HTTP, "application/json").
    /// </summary>
    public const string Json = "application/json";
}
