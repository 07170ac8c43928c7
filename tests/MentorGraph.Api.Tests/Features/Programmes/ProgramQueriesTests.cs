using System.Text.Json;

namespace MentorGraph.Api.Tests.Features.Programmes;

/// <summary>The network's programmes over /graphql, from the seeded demo network.</summary>
public sealed class ProgramQueriesTests(SeededMentorGraphApiFactory factory) : IClassFixture<SeededMentorGraphApiFactory>
{
    [Fact]
    public async Task Programs_FilteredBySector_HaveATrackInIt()
    {
        using var body = await PostAsync("""{ programs(where: { sector: "HEALTHCARE" }) { totalCount edges { node { name sectorTracks { sector iscoCode } } } } }""");

        var programs = GraphQLHttp.Data(body).GetProperty("programs");
        Assert.True(programs.GetProperty("totalCount").GetInt32() > 0);
        Assert.All(GraphQLHttp.Nodes(programs), p => Assert.Contains(p.GetProperty("sectorTracks").EnumerateArray(), t => t.GetProperty("sector").GetString() == "HEALTHCARE"));
    }

    [Fact]
    public async Task Programs_FilteredByIscoMajorGroup_HaveATrackWithACodeInIt()
    {
        using var body = await PostAsync("""{ programs(where: { iscoCode: "2" }) { edges { node { sectorTracks { iscoCode } } } } }""");

        var programs = GraphQLHttp.Nodes(GraphQLHttp.Data(body).GetProperty("programs")).ToList();
        Assert.NotEmpty(programs);
        Assert.All(programs, p => Assert.Contains(p.GetProperty("sectorTracks").EnumerateArray(), t => t.GetProperty("iscoCode").GetString()?.StartsWith('2') == true));
    }

    [Fact]
    public async Task Programs_FilteredByFormatAndKind_MatchBoth()
    {
        using var body = await PostAsync("{ programs(where: { format: VIRTUAL, kind: { in: [PROFESSIONAL, EDUCATIONAL] } }) { edges { node { kind formats } } } }");

        var programs = GraphQLHttp.Nodes(GraphQLHttp.Data(body).GetProperty("programs")).ToList();
        Assert.NotEmpty(programs);
        Assert.All(programs, p =>
        {
            Assert.Contains(p.GetProperty("kind").GetString(), new[] { "PROFESSIONAL", "EDUCATIONAL" });
            Assert.Contains("VIRTUAL", p.GetProperty("formats").EnumerateArray().Select(f => f.GetString()));
        });
    }

    [Fact]
    public async Task Programs_OrderedByCapacityDescending_AreInThatOrder()
    {
        using var body = await PostAsync("{ programs(order: [{ capacity: DESC }]) { edges { node { capacity } } } }");

        var capacities = GraphQLHttp.Nodes(GraphQLHttp.Data(body).GetProperty("programs")).Select(p => p.GetProperty("capacity").GetInt32()).ToList();
        Assert.True(capacities.Count >= 12);
        Assert.Equal(capacities.OrderDescending(), capacities);
    }

    [Fact]
    public async Task Program_ShowsOwnerCoOwnersAndWhatItOffers()
    {
        using var body = await PostAsync("{ programs(first: 100) { edges { node { id owner { slug } coOwners { slug } objectives languages interpretationOffered eligibility duration durationWeeks } } } }");

        var programs = GraphQLHttp.Nodes(GraphQLHttp.Data(body).GetProperty("programs")).ToList();
        Assert.All(programs, p =>
        {
            Assert.False(string.IsNullOrEmpty(p.GetProperty("owner").GetProperty("slug").GetString()));
            Assert.NotEqual(0, p.GetProperty("objectives").GetArrayLength());
            Assert.NotEqual(0, p.GetProperty("languages").GetArrayLength());
        });
        Assert.Contains(programs, p => p.GetProperty("coOwners").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Programs_FilteredByOwnerOrCoOwner_IncludeCoOwnedProgrammes()
    {
        using var coOwned = await PostAsync("{ programs(first: 100) { edges { node { coOwners { id } } } } }");
        var coOwnerId = GraphQLHttp.Nodes(GraphQLHttp.Data(coOwned).GetProperty("programs"))
            .SelectMany(p => p.GetProperty("coOwners").EnumerateArray()).First().GetProperty("id").GetString();

        using var body = await PostAsync("query($id: ID!) { programs(where: { ownerOrCoOwner: $id }) { edges { node { owner { id } coOwners { id } } } } }", new { id = coOwnerId });

        var programs = GraphQLHttp.Nodes(GraphQLHttp.Data(body).GetProperty("programs")).ToList();
        Assert.Contains(programs, p => p.GetProperty("coOwners").EnumerateArray().Any(c => c.GetProperty("id").GetString() == coOwnerId));
        Assert.All(programs, p => Assert.True(
            p.GetProperty("owner").GetProperty("id").GetString() == coOwnerId
            || p.GetProperty("coOwners").EnumerateArray().Any(c => c.GetProperty("id").GetString() == coOwnerId)));
    }

    private Task<JsonDocument> PostAsync(string query, object? variables = null) => GraphQLHttp.PostAsync(factory, query, variables);
}
