using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using MentorGraph.Api.Authorization;

namespace MentorGraph.Api.Tests.Features.Events;

/// <summary>Posts GraphQL requests over HTTP, as a given caller (the development header) or anonymously.</summary>
public static class GraphQLClient
{
    public static async Task<JsonDocument> PostAsync(HttpClient client, string query, object? variables = null, string? caller = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (caller is not null)
        {
            request.Headers.Add(DevelopmentCallerOptions.HeaderName, caller);
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text);
    }

}
