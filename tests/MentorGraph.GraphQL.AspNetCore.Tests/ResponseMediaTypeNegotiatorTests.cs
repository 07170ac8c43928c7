using System.Net;
using MentorGraph.GraphQL.AspNetCore.Tests.Infrastructure;

namespace MentorGraph.GraphQL.AspNetCore.Tests;

/// <summary>Accept negotiation: GraphQL over HTTP, "Accept" and "Legacy Watershed".</summary>
public sealed class ResponseMediaTypeNegotiatorTests
{
    private const string GraphQLResponseJson = "application/graphql-response+json";
    private const string Json = "application/json";

    [Theory]
    [InlineData(null, Json)]
    [InlineData("", Json)]
    [InlineData("*/*", Json)]
    [InlineData("application/*", Json)]
    [InlineData("application/json", Json)]
    [InlineData("application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("application/graphql-response+json, application/json", GraphQLResponseJson)]
    [InlineData("application/json, application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", GraphQLResponseJson)]
    [InlineData("application/graphql-response+json;q=0.5, application/json", Json)]
    [InlineData("application/graphql-response+json, */*;q=0.8", GraphQLResponseJson)]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", Json)]
    [InlineData("*/*, application/json;q=0", GraphQLResponseJson)]
    [InlineData("application/*;q=0.2, application/graphql-response+json;q=0.1", Json)]
    [InlineData("APPLICATION/GRAPHQL-RESPONSE+JSON", GraphQLResponseJson)]
    [InlineData("application/graphql-response+json; charset=utf-8", GraphQLResponseJson)]
    [InlineData("application/graphql-response+json; charset=iso-8859-1, application/json", Json)]
    [InlineData("application/json; charset=utf8", Json)]
    [InlineData("this is not a media type", Json)]
    public void Negotiate_ChoosesTheMediaTypeTheClientPrefers(string? accept, string expected)
    {
        var chosen = ResponseMediaTypeNegotiator.Negotiate(accept);

        Assert.Equal(expected, chosen == ResponseMediaType.GraphQLResponseJson ? GraphQLResponseJson : Json);
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml, text/plain")]
    [InlineData("application/json; charset=utf-16")]
    [InlineData("application/json;q=0, application/graphql-response+json;q=0")]
    [InlineData("*/*;q=0")]
    public void Negotiate_WhenNeitherTypeIsAcceptable_ReturnsNull(string accept)
    {
        Assert.Null(ResponseMediaTypeNegotiator.Negotiate(accept));
    }

    [Theory]
    [InlineData(GraphQLResponseJson, GraphQLResponseJson)]
    [InlineData(Json, Json)]
    [InlineData("*/*", Json)]
    [InlineData(null, Json)]
    public async Task Post_RespondsInTheNegotiatedMediaTypeInUtf8(string? accept, string expected)
    {
        await using var host = await GraphQLTestHost.StartAsync();

        var response = await host.PostJsonAsync("""{ "query": "{ __typename }" }""", accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, GraphQLTestHost.ContentType(response)?.MediaType);
        Assert.Equal("utf-8", GraphQLTestHost.ContentType(response)?.CharSet);
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("GET")]
    public async Task Request_AcceptingNeitherType_Returns406WithoutExecuting(string method)
    {
        await using var host = await GraphQLTestHost.StartAsync();

        var response = method == "GET"
            ? await host.GetAsync("?query=%7B__typename%7D", "text/html")
            : await host.PostJsonAsync("""{ "query": "{ __typename }" }""", "text/html");

        var error = await GraphQLResponse.AssertSingleErrorAsync(
            response, HttpStatusCode.NotAcceptable, GraphQLHttpErrorCodes.NotAcceptable);
        Assert.Contains(GraphQLResponseJson, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(host.Executor.Requests);
    }
}
