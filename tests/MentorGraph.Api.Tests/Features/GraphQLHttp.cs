using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MentorGraph.Api.Tests.Features;

/// <summary>Posts a GraphQL request to the host's /graphql over real HTTP and parses the answer.</summary>
public static class GraphQLHttp
{
    public static async Task<JsonDocument> PostAsync(WebApplicationFactory<Program> host, string query, object? variables = null)
    {
        ArgumentNullException.ThrowIfNull(host);
        using var client = host.CreateClient();
        using var response = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query, variables });
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The <c>data</c> of an answer that must have no errors.</summary>
    public static JsonElement Data(JsonDocument body)
    {
        ArgumentNullException.ThrowIfNull(body);
        Assert.False(body.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        return body.RootElement.GetProperty("data");
    }

    public static IEnumerable<JsonElement> Nodes(JsonElement connection) =>
        connection.GetProperty("edges").EnumerateArray().Select(edge => edge.GetProperty("node"));
}
