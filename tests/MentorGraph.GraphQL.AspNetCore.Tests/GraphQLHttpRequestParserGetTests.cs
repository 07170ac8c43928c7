using System.Net;
using MentorGraph.GraphQL.AspNetCore.Tests.Infrastructure;
using MentorGraph.GraphQL.Execution;
using static MentorGraph.GraphQL.AspNetCore.Tests.Infrastructure.GraphQLTestHost;

namespace MentorGraph.GraphQL.AspNetCore.Tests;

/// <summary>GET requests: GraphQL over HTTP, "GET".</summary>
public sealed class GraphQLHttpRequestParserGetTests
{
    private const string BadRequest = GraphQLHttpErrorCodes.BadRequest;

    [Fact]
    public async Task Get_WithQuery_PassesItAndAllowsQueriesOnly()
    {
        await using var host = await StartAsync();

        var response = await host.GetAsync(Get(("query", "query Q { __typename }"), ("operationName", "Q")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = host.Executor.SingleRequest;
        Assert.Equal("query Q { __typename }", request.Query);
        Assert.Equal("Q", request.OperationName);
        Assert.Equal(AllowedOperations.Query, request.AllowedOperations);
    }

    [Fact]
    public async Task Get_WithJsonVariablesAndExtensions_DecodesThem()
    {
        await using var host = await StartAsync();

        var response = await host.GetAsync(Get(
            ("query", "query Type($name: String!) { __type(name: $name) { name } }"),
            ("variables", """{"name":"Mentor","limit":3}"""),
            ("extensions", """{"persisted":false}""")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = host.Executor.SingleRequest;
        Assert.Equal("Mentor", request.Variables!["name"]);
        Assert.Equal(3L, Convert.ToInt64(request.Variables["limit"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(false, request.Extensions!["persisted"]);
    }

    [Theory]
    [InlineData("variables")]
    [InlineData("extensions")]
    [InlineData("operationName")]
    public async Task Get_WithEmptyOptionalParameter_TreatsItAsAbsent(string parameter)
    {
        await using var host = await StartAsync();

        var response = await host.GetAsync(Get(("query", "{ __typename }"), (parameter, "")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = host.Executor.SingleRequest;
        Assert.Null(request.Variables);
        Assert.Null(request.Extensions);
        Assert.Null(request.OperationName);
    }

    [Theory]
    [InlineData("variables")]
    [InlineData("extensions")]
    public async Task Get_WithMalformedJsonParameter_Returns400(string parameter)
    {
        await using var host = await StartAsync();

        var response = await host.GetAsync(Get(("query", "{ __typename }"), (parameter, "{name:")));

        var error = await GraphQLResponse.AssertSingleErrorAsync(response, HttpStatusCode.BadRequest, BadRequest);
        Assert.StartsWith($"The '{parameter}' parameter is not valid JSON", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(host.Executor.Requests);
    }

    [Theory]
    [InlineData("variables", "[1]")]
    [InlineData("variables", "\"x\"")]
    [InlineData("extensions", "7")]
    public async Task Get_WithNonMapJsonParameter_Returns400(string parameter, string value)
    {
        await using var host = await StartAsync();

        var response = await host.GetAsync(Get(("query", "{ __typename }"), (parameter, value)));

        var error = await GraphQLResponse.AssertSingleErrorAsync(response, HttpStatusCode.BadRequest, BadRequest);
        Assert.StartsWith($"The '{parameter}' parameter must be a JSON object", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?query=")]
    [InlineData("?operationName=Q")]
    public async Task Get_WithoutQuery_Returns400(string queryString)
    {
        await using var host = await StartAsync();

        var response = await host.GetAsync(queryString);

        await GraphQLResponse.AssertSingleErrorAsync(response, HttpStatusCode.BadRequest, BadRequest);
        Assert.Empty(host.Executor.Requests);
    }

    [Fact]
    public async Task Get_WithRepeatedQueryParameter_Returns400()
    {
        await using var host = await StartAsync();

        var response = await host.GetAsync(Get(("query", "{ a }"), ("query", "{ b }")));

        var error = await GraphQLResponse.AssertSingleErrorAsync(response, HttpStatusCode.BadRequest, BadRequest);
        Assert.Equal("The 'query' parameter must be given at most once.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Get_WithUnknownParameters_IgnoresThem()
    {
        await using var host = await StartAsync();

        var response = await host.GetAsync(Get(("query", "{ __typename }"), ("_", "1700000000"), ("_", "again")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("application/graphql-response+json")]
    [InlineData("application/json")]
    [InlineData(null)]
    public async Task Get_WhenExecutorRefusesMutation_Returns405WithAllowPost(string? accept)
    {
        await using var host = await StartAsync(Results.MutationNotAllowed);

        var response = await host.GetAsync(Get(("query", "mutation { __typename }")), accept);

        await GraphQLResponse.AssertSingleErrorAsync(response, HttpStatusCode.MethodNotAllowed, ErrorCodes.OperationNotAllowed);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        Assert.Equal(AllowedOperations.Query, host.Executor.SingleRequest.AllowedOperations);
    }

    [Fact]
    public async Task Get_WhenGetIsDisabled_Returns405WithAllowPost()
    {
        await using var host = await StartAsync(configure: options => options.AllowGet = false);

        var response = await host.GetAsync(Get(("query", "{ __typename }")));

        await GraphQLResponse.AssertSingleErrorAsync(response, HttpStatusCode.MethodNotAllowed, GraphQLHttpErrorCodes.MethodNotAllowed);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        Assert.Empty(host.Executor.Requests);
    }
}
