using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MentorGraph.Api.Tests.Features.Organizations;

/// <summary>The starter schema answers over /graphql from the demo partners.</summary>
public sealed class OrganizationQueriesTests(MentorGraphApiFactory factory) : IClassFixture<MentorGraphApiFactory>
{
    [Fact]
    public async Task Organizations_FilteredByKind_ReturnOnlyPartnersOfThatKind()
    {
        using var body = await PostAsync("{ organizations(kind: LICENSING_BODY) { slug kind country memberSince } }");

        var organization = Assert.Single(body.RootElement.GetProperty("data").GetProperty("organizations").EnumerateArray());
        Assert.Equal("""{"slug":"medical-board-at","kind":"LICENSING_BODY","country":"AT","memberSince":"2024-11-04"}""", organization.GetRawText());
    }

    [Fact]
    public async Task Organizations_WithoutFilters_ReturnEveryKindOfPartner()
    {
        using var body = await PostAsync("{ organizations { kind } }");

        var kinds = body.RootElement.GetProperty("data").GetProperty("organizations").EnumerateArray().Select(o => o.GetProperty("kind").GetString());
        Assert.Equal(["NGO", "UNIVERSITY", "EMPLOYER", "GOVERNMENT", "ASSOCIATION", "LICENSING_BODY"], kinds);
    }

    [Fact]
    public async Task Organization_BySlug_ReturnsItsWebsiteAsUrl()
    {
        using var body = await PostAsync("""{ organization(slug: "bridges-berlin") { name website } }""");

        Assert.Equal(
            """{"data":{"organization":{"name":"Bridges Berlin","website":"https://bridges-berlin.example.org/"}}}""",
            body.RootElement.GetRawText());
    }

    [Fact]
    public async Task Organization_UnknownSlug_IsNull()
    {
        using var body = await PostAsync("""{ organization(slug: "nobody") { name } }""");

        Assert.Equal("""{"data":{"organization":null}}""", body.RootElement.GetRawText());
    }

    [Fact]
    public async Task Health_RunsTheHostsHealthChecks()
    {
        using var body = await PostAsync("{ health { status version checkedAt } }");

        var health = body.RootElement.GetProperty("data").GetProperty("health");
        Assert.Equal("HEALTHY", health.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(health.GetProperty("version").GetString()));
        Assert.EndsWith("Z", health.GetProperty("checkedAt").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Introspection_CanBeSwitchedOffInConfiguration()
    {
        using var configured = factory.WithWebHostBuilder(builder => builder.UseSetting("GraphQL:EnableIntrospection", "false"));

        using var body = await PostAsync("{ __schema { queryType { name } } }", configured);

        var error = Assert.Single(body.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("INTROSPECTION_DISABLED", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task OperationLimits_ComeFromConfiguration()
    {
        using var configured = factory.WithWebHostBuilder(builder => builder.UseSetting("GraphQL:Limits:MaxAliases", "1"));

        using var body = await PostAsync("{ a: health { status } b: health { status } }", configured);

        var error = Assert.Single(body.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("MAX_ALIASES_EXCEEDED", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    private Task<JsonDocument> PostAsync(string query) => PostAsync(query, factory);

    private static async Task<JsonDocument> PostAsync(string query, WebApplicationFactory<Program> host)
    {
        using var client = host.CreateClient();
        using var response = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query });
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
