using System.Net;
using MentorGraph.GraphQL.AspNetCore.Tests.Infrastructure;
using MentorGraph.GraphQL.Execution;

namespace MentorGraph.GraphQL.AspNetCore.Tests;

/// <summary>The response body: GraphQL spec 7.1 shapes, in UTF-8 JSON (GraphQL over HTTP, "JSON Encoding").</summary>
public sealed class GraphQLHttpResponseWriterTests
{
    [Fact]
    public async Task Response_WritesErrorsDataAndExtensionsAsTheSpecShapesThem()
    {
        var result = new ExecutionResult
        {
            HasData = true,
            Data = new Dictionary<string, object?>
            {
                ["mentor"] = new Dictionary<string, object?>
                {
                    ["name"] = "Amina",
                    ["openCapacity"] = 2,
                    ["languages"] = new List<object?> { "ar", "fr" },
                    ["headline"] = null,
                },
                ["event"] = null,
            },
            Errors =
            [
                new GraphQLError(
                    "Event is full.",
                    [new ErrorLocation(1, 30)],
                    ["event"],
                    new Dictionary<string, object?> { ["code"] = "EVENT_FULL" }),
            ],
            Extensions = new Dictionary<string, object?> { ["cost"] = 3 },
        };
        await using var host = await GraphQLTestHost.StartAsync(result);

        var response = await host.PostJsonAsync("""{ "query": "{ mentor { name } event { id } }" }""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            """{"errors":[{"message":"Event is full.","locations":[{"line":1,"column":30}],"path":["event"],"extensions":{"code":"EVENT_FULL"}}],"data":{"mentor":{"name":"Amina","openCapacity":2,"languages":["ar","fr"],"headline":null},"event":null},"extensions":{"cost":3}}""",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Response_WritesNonAsciiTextUnescapedInUtf8()
    {
        var result = new ExecutionResult
        {
            HasData = true,
            Data = new Dictionary<string, object?> { ["greeting"] = "مرحبا — ሰላም 'hi' <b>", ["emoji"] = "🏃" },
        };
        await using var host = await GraphQLTestHost.StartAsync(result);

        var response = await host.PostJsonAsync("""{ "query": "{ greeting }" }""");

        var bytes = await response.Content.ReadAsByteArrayAsync();
        // Characters outside the Basic Multilingual Plane are written as JSON escapes.
        Assert.Equal(
            """{"data":{"greeting":"مرحبا — ሰላም 'hi' <b>","emoji":"\uD83C\uDFC3"}}""",
            new System.Text.UTF8Encoding(false, true).GetString(bytes));
    }

    [Fact]
    public async Task Response_EscapesWhatJsonRequires()
    {
        var result = new ExecutionResult
        {
            HasData = true,
            Data = new Dictionary<string, object?> { ["text"] = "quote \" backslash \\ newline \n tab \t" },
        };
        await using var host = await GraphQLTestHost.StartAsync(result);

        var response = await host.PostJsonAsync("""{ "query": "{ text }" }""");

        var body = await GraphQLResponse.ReadJsonAsync(response);
        Assert.Equal("quote \" backslash \\ newline \n tab \t", body.GetProperty("data").GetProperty("text").GetString());
    }

    [Fact]
    public async Task Response_WithLargeResult_IsWrittenWhole()
    {
        var items = Enumerable.Range(0, 20_000).Select(i => (object?)$"mentor-{i}").ToList();
        var result = new ExecutionResult
        {
            HasData = true,
            Data = new Dictionary<string, object?> { ["mentors"] = items },
        };
        await using var host = await GraphQLTestHost.StartAsync(result);

        var response = await host.PostJsonAsync("""{ "query": "{ mentors }" }""");

        var body = await GraphQLResponse.ReadJsonAsync(response);
        var mentors = body.GetProperty("data").GetProperty("mentors");
        Assert.Equal(20_000, mentors.GetArrayLength());
        Assert.Equal("mentor-19999", mentors[19_999].GetString());
    }
}
