using System.Net;
using MentorGraph.GraphQL.AspNetCore.Tests.Infrastructure;
using MentorGraph.GraphQL.Execution;

namespace MentorGraph.GraphQL.AspNetCore.Tests;

/// <summary>Status codes of GraphQL results: GraphQL over HTTP, "Response" and its two media types.</summary>
public sealed class GraphQLHttpStatusCodesTests
{
    private const string GraphQLResponseJson = "application/graphql-response+json";
    private const string Json = "application/json";

    [Theory]
    [InlineData(RequestErrorKind.Document)]
    [InlineData(RequestErrorKind.Validation)]
    [InlineData(RequestErrorKind.OperationSelection)]
    [InlineData(RequestErrorKind.Variables)]
    [InlineData(RequestErrorKind.LimitExceeded)]
    [InlineData(RequestErrorKind.PersistedDocumentNotFound)]
    [InlineData(RequestErrorKind.OperationNotAllowed)]
    public async Task GraphQLResponseJson_RequestErrorOverPost_Returns400WithoutData(RequestErrorKind kind)
    {
        await using var host = await GraphQLTestHost.StartAsync(Results.RequestError(kind));

        var response = await host.PostJsonAsync("""{ "query": "{" }""", GraphQLResponseJson);

        await GraphQLResponse.AssertSingleErrorAsync(response, HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        Assert.Equal(GraphQLResponseJson, GraphQLTestHost.ContentType(response)?.MediaType);
        Assert.Empty(response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData(RequestErrorKind.Document)]
    [InlineData(RequestErrorKind.Validation)]
    [InlineData(RequestErrorKind.Variables)]
    [InlineData(RequestErrorKind.LimitExceeded)]
    public async Task Json_RequestError_Returns200(RequestErrorKind kind)
    {
        await using var host = await GraphQLTestHost.StartAsync(Results.RequestError(kind));

        var response = await host.PostJsonAsync("""{ "query": "{" }""", Json);

        await GraphQLResponse.AssertSingleErrorAsync(response, HttpStatusCode.OK, ErrorCodes.ValidationFailed);
        Assert.Equal(Json, GraphQLTestHost.ContentType(response)?.MediaType);
    }

    [Theory]
    [InlineData(GraphQLResponseJson)]
    [InlineData(Json)]
    public async Task NullDataWithFieldErrors_Returns200(string accept)
    {
        var result = new ExecutionResult
        {
            HasData = true,
            Data = null,
            Errors = [new GraphQLError("Mentor not found.", path: ["mentor"])],
        };
        await using var host = await GraphQLTestHost.StartAsync(result);

        var response = await host.PostJsonAsync("""{ "query": "{ mentor(id: 1) { name } }" }""", accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            """{"errors":[{"message":"Mentor not found.","path":["mentor"]}],"data":null}""",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GraphQLResponseJson_NoDataAndNoRequestError_Returns500()
    {
        var result = new ExecutionResult { Errors = [new GraphQLError("The engine gave up.")] };
        await using var host = await GraphQLTestHost.StartAsync(result);

        var response = await host.PostJsonAsync("""{ "query": "{ __typename }" }""", GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
    }

    [Fact]
    public async Task Json_NoDataAndNoRequestError_Returns200()
    {
        var result = new ExecutionResult { Errors = [new GraphQLError("The engine gave up.")] };
        await using var host = await GraphQLTestHost.StartAsync(result);

        var response = await host.PostJsonAsync("""{ "query": "{ __typename }" }""", Json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
