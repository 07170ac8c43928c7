using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MentorGraph.Api.Tests.Features.Organisations;

/// <summary>Partners answer over /graphql from the seeded demo network, filtered and ordered in SQL.</summary>
public sealed class OrganizationQueriesTests(SeededMentorGraphApiFactory factory) : IClassFixture<SeededMentorGraphApiFactory>
{
    [Fact]
    public async Task Organizations_FilteredByKind_ReturnOnlyPartnersOfThatKind()
    {
        using var body = await PostAsync("{ organizations(where: { kind: { eq: LICENSING_BODY } }) { totalCount edges { node { slug kind country } } } }");

        var organizations = GraphQLHttp.Data(body).GetProperty("organizations");
        Assert.True(organizations.GetProperty("totalCount").GetInt32() >= 1);
        Assert.All(GraphQLHttp.Nodes(organizations), o => Assert.Equal("LICENSING_BODY", o.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task Organizations_CoverEveryKindOfPartner()
    {
        using var body = await PostAsync("{ organizations(first: 100) { totalCount edges { node { kind } } } }");

        var organizations = GraphQLHttp.Data(body).GetProperty("organizations");
        Assert.True(organizations.GetProperty("totalCount").GetInt32() >= 8);
        var kinds = GraphQLHttp.Nodes(organizations).Select(o => o.GetProperty("kind").GetString()).ToHashSet();
        Assert.Equal(["ASSOCIATION", "EMPLOYER", "GOVERNMENT", "LICENSING_BODY", "NGO", "UNIVERSITY"], kinds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Organizations_OrderedByCountryThenName_AreInThatOrder()
    {
        using var body = await PostAsync("{ organizations(first: 100, order: [{ country: ASC }, { name: DESC }]) { edges { node { country name } } } }");

        var rows = GraphQLHttp.Nodes(GraphQLHttp.Data(body).GetProperty("organizations"))
            .Select(o => (Country: o.GetProperty("country").GetString()!, Name: o.GetProperty("name").GetString()!))
            .ToList();
        Assert.Equal(rows.OrderBy(r => r.Country, StringComparer.Ordinal).ThenByDescending(r => r.Name, StringComparer.Ordinal), rows);
    }

    [Fact]
    public async Task Organizations_PagedWithCursors_ReturnEveryPartnerOnce()
    {
        using var all = await PostAsync("{ organizations(first: 100) { edges { node { slug } } } }");
        using var first = await PostAsync("{ organizations(first: 3) { pageInfo { hasNextPage endCursor } edges { node { slug } } } }");
        var page = GraphQLHttp.Data(first).GetProperty("organizations");
        var cursor = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        using var second = await PostAsync("query($after: String) { organizations(first: 3, after: $after) { edges { node { slug } } } }", new { after = cursor });

        var expected = GraphQLHttp.Nodes(GraphQLHttp.Data(all).GetProperty("organizations")).Take(6).Select(o => o.GetProperty("slug").GetString());
        var paged = GraphQLHttp.Nodes(page).Concat(GraphQLHttp.Nodes(GraphQLHttp.Data(second).GetProperty("organizations"))).Select(o => o.GetProperty("slug").GetString());
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(expected, paged);
    }

    [Fact]
    public async Task Organization_BySlug_IsTheSameNodeAsItsGlobalId()
    {
        using var list = await PostAsync("{ organizations(first: 1) { edges { node { id slug name } } } }");
        var first = GraphQLHttp.Nodes(GraphQLHttp.Data(list).GetProperty("organizations")).Single();
        var id = first.GetProperty("id").GetString();
        var slug = first.GetProperty("slug").GetString();

        using var bySlug = await PostAsync("query($slug: String!) { organization(slug: $slug) { id name } }", new { slug });
        using var byId = await PostAsync("query($id: ID!) { node(id: $id) { __typename ... on Organization { slug } } }", new { id });

        Assert.Equal(id, GraphQLHttp.Data(bySlug).GetProperty("organization").GetProperty("id").GetString());
        Assert.Equal($$"""{"__typename":"Organization","slug":"{{slug}}"}""", GraphQLHttp.Data(byId).GetProperty("node").GetRawText());
    }

    [Fact]
    public async Task Organization_UnknownSlug_IsNull()
    {
        using var body = await PostAsync("""{ organization(slug: "nobody") { name } }""");

        Assert.Equal("""{"data":{"organization":null}}""", body.RootElement.GetRawText());
    }

    [Fact]
    public async Task Organization_Programs_AreThoseItOwnsOrCoOwns()
    {
        using var body = await PostAsync("{ organizations(first: 100) { edges { node { id programs { owner { id } coOwners { id } } } } } }");

        var organizations = GraphQLHttp.Nodes(GraphQLHttp.Data(body).GetProperty("organizations")).ToList();
        Assert.Contains(organizations, o => o.GetProperty("programs").GetArrayLength() > 0);
        Assert.All(organizations, o =>
        {
            var id = o.GetProperty("id").GetString();
            Assert.All(o.GetProperty("programs").EnumerateArray(), p => Assert.True(
                p.GetProperty("owner").GetProperty("id").GetString() == id
                || p.GetProperty("coOwners").EnumerateArray().Any(c => c.GetProperty("id").GetString() == id)));
        });
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

    private Task<JsonDocument> PostAsync(string query, object? variables = null) => GraphQLHttp.PostAsync(factory, query, variables);

    private static Task<JsonDocument> PostAsync(string query, WebApplicationFactory<Program> host) => GraphQLHttp.PostAsync(host, query);
}
