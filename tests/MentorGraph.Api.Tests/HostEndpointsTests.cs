using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MentorGraph.Api.Tests;

/// <summary>The host answers where README.md says it does.</summary>
public sealed class HostEndpointsTests(MentorGraphApiFactory factory) : IClassFixture<MentorGraphApiFactory>
{
    [Fact]
    public async Task Healthz_ReturnsHealthy()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GraphQL_IsServedAtSlashGraphQL()
    {
        using var client = factory.CreateClient();

        // A malformed body is refused by the HTTP transport whatever engine is behind it.
        using var content = new StringContent("{ \"not a JSON", Encoding.UTF8, "application/json");
        var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = Assert.Single(body.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("BAD_REQUEST", error.GetProperty("extensions").GetProperty("code").GetString());
    }
}
