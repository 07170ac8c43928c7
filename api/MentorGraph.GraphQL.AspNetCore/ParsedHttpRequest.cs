using MentorGraph.GraphQL.Execution;

namespace MentorGraph.GraphQL.AspNetCore;

/// <summary>What the request parser made of an HTTP request: a GraphQL request, or a refusal.</summary>
internal readonly record struct ParsedHttpRequest(GraphQLRequest? Request, HttpRequestError? Error)
{
    public static implicit operator ParsedHttpRequest(GraphQLRequest request) => new(request, null);

    public static implicit operator ParsedHttpRequest(HttpRequestError error) => new(null, error);
}
