using System.Net;
using System.Text.Json;

namespace MentorGraph.GraphQL.AspNetCore.Tests.Infrastructure;

/// <summary>Assertions on a GraphQL-over-HTTP response.</summary>
internal static class GraphQLResponse
{
    /// <summary>Asserts the status and a GraphQL-shaped body with one error of the given code.</summary>
    public static async Task<JsonElement> AssertSingleErrorAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        var body = await ReadJsonAsync(response);
        Assert.False(body.TryGetProperty("data", out _), "A refused request has no data entry.");
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        return error;
    }

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var document = JsonDocument.Parse(bytes);
        return document.RootElement.Clone();
    }
}
