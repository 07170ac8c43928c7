using System.Net;
using System.Text;
using MentorGraph.GraphQL.AspNetCore.Tests.Infrastructure;
using MentorGraph.GraphQL.Execution;

namespace MentorGraph.GraphQL.AspNetCore.Tests;

/// <summary>POST requests: GraphQL over HTTP, "POST" and "Request Parameters".</summary>
public sealed class GraphQLHttpRequestParserPostTests
{
    private const string BadRequest = GraphQLHttpErrorCodes.BadRequest;

    [Fact]
    public async Task Post_WithAllParameters_PassesThemToExecutorAsPlainValues()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        var response = await host.PostJsonAsync("""
            {
              "query": "query Mentors($first: Int, $languages: [String!]) { mentors { name } }",
              "operationName": "Mentors",
              "variables": { "first": 10, "ratio": 0.5, "languages": ["ar", "ti"], "open": true, "city": null,
                             "window": { "from": "09:00" } },
              "extensions": { "trace": true }
            }
            """);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = host.Executor.SingleRequest;
        Assert.Equal("query Mentors($first: Int, $languages: [String!]) { mentors { name } }", request.Query);
        Assert.Equal("Mentors", request.OperationName);
        var variables = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(request.Variables);
        // Integers arrive as numbers; compared by value, whichever numeric type the engine picks.
        Assert.Equal(10L, Convert.ToInt64(variables["first"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0.5, variables["ratio"]);
        Assert.Equal(["ar", "ti"], Assert.IsAssignableFrom<IEnumerable<object?>>(variables["languages"]));
        Assert.Equal(true, variables["open"]);
        Assert.True(variables.ContainsKey("city"));
        Assert.Null(variables["city"]);
        var window = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(variables["window"]);
        Assert.Equal("09:00", window["from"]);
        Assert.Equal(true, Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(request.Extensions)["trace"]);
        Assert.Null(request.DocumentId);
    }

    [Theory]
    [InlineData("variables")]
    [InlineData("operationName")]
    [InlineData("extensions")]
    public async Task Post_WithNullOptionalParameter_IsAccepted(string parameter)
    {
        await using var host = await GraphQLTestHost.StartAsync();

        var response = await host.PostJsonAsync($$"""{ "query": "{ __typename }", "{{parameter}}": null }""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = host.Executor.SingleRequest;
        Assert.Null(request.OperationName);
        Assert.Null(request.Variables);
        Assert.Null(request.Extensions);
    }

    [Fact]
    public async Task Post_WithUnknownParameters_IgnoresThem()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        var response = await host.PostJsonAsync("""{ "query": "{ __typename }", "clientName": "web", "n": [1] }""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{ __typename }", host.Executor.SingleRequest.Query);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/graphql-response+json")]
    public async Task Post_WithMalformedJson_Returns400WithGraphQLError(string accept)
    {
        await using var host = await GraphQLTestHost.StartAsync();

        var response = await host.PostJsonAsync("""{ "not a JSON""", accept);

        var error = await GraphQLResponse.AssertSingleErrorAsync(response, HttpStatusCode.BadRequest, BadRequest);
        Assert.StartsWith("The request body is not valid JSON", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(accept, GraphQLTestHost.ContentType(response)?.MediaType);
        Assert.Empty(host.Executor.Requests);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \r\n\t ")]
    public async Task Post_WithEmptyBody_Returns400(string body)
    {
        await using var host = await GraphQLTestHost.StartAsync();

        var response = await host.PostJsonAsync(body);

        var error = await GraphQLResponse.AssertSingleErrorAsync(response, HttpStatusCode.BadRequest, BadRequest);
        Assert.StartsWith("The request body is empty", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]", "an array")]
    [InlineData("\"{ __typename }\"", "a string")]
    [InlineData("1", "a number")]
    [InlineData("true", "a boolean")]
    [InlineData("null", "null")]
    public async Task Post_WithNonObjectBody_Returns400(string body, string described)
    {
        await using var host = await GraphQLTestHost.StartAsync();

        var response = await host.PostJsonAsync(body);

        var error = await GraphQLResponse.AssertSingleErrorAsync(response, HttpStatusCode.BadRequest, BadRequest);
        Assert.Equal(
            $"The request body must be a JSON object with a 'query' string, not {described}.",
            error.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("""{ "obj": "ect" }""", "an object")]
    [InlineData("0", "a number")]
    [InlineData("false", "a boolean")]
    [InlineData("""["array"]""", "an array")]
    public async Task Post_WithNonStringQuery_Returns400(string query, string described)
    {
        await using var host = await GraphQLTestHost.StartAsync();

        var response = await host.PostJsonAsync($$"""{ "query": {{query}} }""", "application/json");

        var error = await GraphQLResponse.AssertSingleErrorAsync(response, HttpStatusCode.BadRequest, BadRequest);
        Assert.Equal($"The 'query' parameter must be a string, not {described}.", error.GetProperty("message").GetString());
        Assert.Empty(host.Executor.Requests);
    }

    [Theory]
    [InlineData("""{ "obj": "ect" }""")]
    [InlineData("0")]
    [InlineData("false")]
    [InlineData("""["array"]""")]
    public async Task Post_WithNonStringOperationName_Returns400(string operationName)
    {
        await using var host = await GraphQLTestHost.StartAsync();

        var response = await host.PostJsonAsync($$"""{ "query": "{ __typename }", "operationName": {{operationName}} }""");

        var error = await GraphQLResponse.AssertSingleErrorAsync(response, HttpStatusCode.BadRequest, BadRequest);
        Assert.StartsWith("The 'operationName' parameter must be a string", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("variables", "\"string\"", "a string")]
    [InlineData("variables", "0", "a number")]
    [InlineData("variables", "false", "a boolean")]
    [InlineData("variables", """["array"]""", "an array")]
    [InlineData("extensions", "\"string\"", "a string")]
    [InlineData("extensions", "0", "a number")]
    [InlineData("extensions", "false", "a boolean")]
    [InlineData("extensions", """["array"]""", "an array")]
    public async Task Post_WithNonMapVariablesOrExtensions_Returns400(string parameter, string value, string described)
    {
        await using var host = await GraphQLTestHost.StartAsync();

        var response = await host.PostJsonAsync($$"""{ "query": "{ __typename }", "{{parameter}}": {{value}} }""");

        var error = await GraphQLResponse.AssertSingleErrorAsync(response, HttpStatusCode.BadRequest, BadRequest);
        Assert.Equal(
            $"The '{parameter}' parameter must be a JSON object (a map), not {described}.",
            error.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("""{ "notquery": "{ __typename }" }""")]
    [InlineData("""{ "query": null }""")]
    [InlineData("""{}""")]
    public async Task Post_WithoutQuery_Returns400(string body)
    {
        await using var host = await GraphQLTestHost.StartAsync();

        var response = await host.PostJsonAsync(body, "application/graphql-response+json");

        var error = await GraphQLResponse.AssertSingleErrorAsync(response, HttpStatusCode.BadRequest, BadRequest);
        Assert.StartsWith("The request has no 'query' parameter", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithDocumentIdInsteadOfQuery_PassesTheId()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        var response = await host.PostJsonAsync("""{ "documentId": "sha256:abc123" }""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = host.Executor.SingleRequest;
        Assert.Null(request.Query);
        Assert.Equal("sha256:abc123", request.DocumentId);
    }

    [Fact]
    public async Task Post_WithPersistedQueryExtensionInsteadOfQuery_ReachesTheExecutor()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        var response = await host.PostJsonAsync(
            """{ "extensions": { "persistedQuery": { "version": 1, "sha256Hash": "abc" } } }""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(host.Executor.SingleRequest.Extensions!.ContainsKey("persistedQuery"));
    }

    [Fact]
    public async Task Post_WithoutContentType_Returns415()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        var response = await host.PostAsync("""{ "query": "{ __typename }" }""", contentType: null);

        var error = await GraphQLResponse.AssertSingleErrorAsync(
            response, HttpStatusCode.UnsupportedMediaType, GraphQLHttpErrorCodes.UnsupportedMediaType);
        Assert.Contains("no Content-Type", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(host.Executor.Requests);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/graphql")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/jsonx")]
    public async Task Post_WithOtherContentType_Returns415(string contentType)
    {
        await using var host = await GraphQLTestHost.StartAsync();

        var response = await host.PostAsync("""{ "query": "{ __typename }" }""", contentType);

        await GraphQLResponse.AssertSingleErrorAsync(
            response, HttpStatusCode.UnsupportedMediaType, GraphQLHttpErrorCodes.UnsupportedMediaType);
        Assert.Empty(host.Executor.Requests);
    }

    [Theory]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData("application/json; charset=utf-16")]
    public async Task Post_WithNonUtf8Charset_Returns415(string contentType)
    {
        await using var host = await GraphQLTestHost.StartAsync();

        var response = await host.PostAsync("""{ "query": "{ __typename }" }""", contentType);

        var error = await GraphQLResponse.AssertSingleErrorAsync(
            response, HttpStatusCode.UnsupportedMediaType, GraphQLHttpErrorCodes.UnsupportedMediaType);
        Assert.Contains("UTF-8", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json;charset=UTF-8")]
    [InlineData("application/json; charset=utf8")]
    [InlineData("application/json; charset=\"utf-8\"")]
    [InlineData("Application/JSON")]
    public async Task Post_WithJsonContentTypeInUtf8_IsAccepted(string contentType)
    {
        await using var host = await GraphQLTestHost.StartAsync();

        var response = await host.PostAsync("""{ "query": "{ __typename }" }""", contentType);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(host.Executor.Requests);
    }

    [Fact]
    public async Task Post_WithCompressedBody_Returns415()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{ "query": "{ __typename }" }""", Encoding.UTF8, "application/json"),
        };
        request.Content.Headers.ContentEncoding.Add("gzip");

        var response = await host.SendAsync(request);

        await GraphQLResponse.AssertSingleErrorAsync(
            response, HttpStatusCode.UnsupportedMediaType, GraphQLHttpErrorCodes.UnsupportedMediaType);
    }

    [Fact]
    public async Task Post_WithUtf8ByteOrderMark_IsAccepted()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        byte[] body = [0xEF, 0xBB, 0xBF, .. """{ "query": "{ __typename }" }"""u8];

        var response = await host.PostBytesAsync(body, "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{ __typename }", host.Executor.SingleRequest.Query);
    }

    [Fact]
    public async Task Post_WithInvalidUtf8InQuery_Returns400()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        byte[] body = [.. """{ "query": "{ a"""u8, 0xC3, 0x28, .. """ }" }"""u8];

        var response = await host.PostBytesAsync(body, "application/json");

        await GraphQLResponse.AssertSingleErrorAsync(response, HttpStatusCode.BadRequest, BadRequest);
        Assert.Empty(host.Executor.Requests);
    }

    [Fact]
    public async Task Post_WithNonAsciiQuery_PassesItIntact()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        var response = await host.PostAsync(
            """{ "query": "{ __type(name: \"Run🏃Swim🏊\") { name } }", "variables": { "greeting": "مرحبا \u1200" } }""",
            "application/json; charset=utf-8");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = host.Executor.SingleRequest;
        Assert.Equal("{ __type(name: \"Run🏃Swim🏊\") { name } }", request.Query);
        Assert.Equal("مرحبا ሀ", request.Variables!["greeting"]);
    }

    [Fact]
    public async Task Post_AllowsQueriesAndMutationsButNotSubscriptions()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        await host.PostJsonAsync("""{ "query": "mutation { __typename }" }""");

        Assert.Equal(AllowedOperations.Query | AllowedOperations.Mutation, host.Executor.SingleRequest.AllowedOperations);
    }
}
