using System.Net.Http.Headers;
using System.Text.Json;

namespace MentorGraph.Benchmarks;

/// <summary>POSTs an anchor operation as GraphQL-over-HTTP JSON and returns the response body.</summary>
public sealed class AnchorHttpClient(Uri endpoint) : IDisposable
{
    private static readonly MediaTypeHeaderValue _json = new("application/json");
    private static readonly MediaTypeWithQualityHeaderValue _graphQLResponse = new("application/graphql-response+json");

    private readonly HttpClient _client = new(new SocketsHttpHandler { UseProxy = false, UseCookies = false });

    public static byte[] Body(string query) => JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["query"] = query });

    public async Task<byte[]> PostAsync(byte[] body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = _json;
        request.Headers.Accept.Add(_graphQLResponse);
        using var response = await _client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync();
    }

    public void Dispose() => _client.Dispose();
}
