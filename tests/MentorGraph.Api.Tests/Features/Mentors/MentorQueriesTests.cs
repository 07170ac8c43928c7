using System.Text.Json;

namespace MentorGraph.Api.Tests.Features.Mentors;

/// <summary>The public mentor directory over /graphql, from the seeded demo network.</summary>
public sealed class MentorQueriesTests(SeededMentorGraphApiFactory factory) : IClassFixture<SeededMentorGraphApiFactory>
{
    private static readonly string[] _levelsFromB2 = ["B2", "C1", "C2", "NATIVE"];

    [Fact]
    public async Task Mentors_FilteredByLanguageAtMinimumLevel_SpeakItThatWell()
    {
        using var body = await PostAsync("""{ mentors(first: 100, where: { languages: { some: { code: { eq: "ar" }, level: { gte: B2 } } } }) { totalCount edges { node { languages { code level } } } } }""");

        var mentors = GraphQLHttp.Data(body).GetProperty("mentors");
        Assert.True(mentors.GetProperty("totalCount").GetInt32() > 0);
        Assert.All(GraphQLHttp.Nodes(mentors), m => Assert.Contains(m.GetProperty("languages").EnumerateArray(), l =>
            l.GetProperty("code").GetString() == "ar" && _levelsFromB2.Contains(l.GetProperty("level").GetString())));
    }

    [Fact]
    public async Task Mentors_FilteredBySectorFormatAndOpenCapacity_MatchAll()
    {
        using var body = await PostAsync("""{ mentors(first: 100, where: { sector: "HEALTHCARE", format: VIRTUAL, hasOpenCapacity: true }) { edges { node { sectors formats capacity openCapacity } } } }""");

        var mentors = GraphQLHttp.Nodes(GraphQLHttp.Data(body).GetProperty("mentors")).ToList();
        Assert.NotEmpty(mentors);
        Assert.All(mentors, m =>
        {
            Assert.Contains("HEALTHCARE", m.GetProperty("sectors").EnumerateArray().Select(s => s.GetString()));
            Assert.Contains("VIRTUAL", m.GetProperty("formats").EnumerateArray().Select(f => f.GetString()));
            Assert.True(m.GetProperty("openCapacity").GetInt32() > 0);
        });
    }

    [Fact]
    public async Task Mentors_OrderedByYearsOfExperienceDescending_AreInThatOrder()
    {
        using var body = await PostAsync("{ mentors(first: 50, order: [{ yearsOfExperience: DESC }]) { edges { node { yearsOfExperience } } } }");

        var years = GraphQLHttp.Nodes(GraphQLHttp.Data(body).GetProperty("mentors")).Select(m => m.GetProperty("yearsOfExperience").GetInt32()).ToList();
        Assert.Equal(50, years.Count);
        Assert.Equal(years.OrderDescending(), years);
    }

    [Fact]
    public async Task Mentors_ListOnlyThePublicDirectory()
    {
        using var body = await PostAsync("{ mentors { totalCount } }");

        var total = GraphQLHttp.Data(body).GetProperty("mentors").GetProperty("totalCount").GetInt32();
        Assert.InRange(total, 1, 299);
    }

    [Fact]
    public async Task Mentor_HasNoPrivateFields()
    {
        using var body = await PostAsync("""{ __type(name: "Mentor") { fields { name } } }""");

        var fields = GraphQLHttp.Data(body).GetProperty("__type").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()).ToList();
        Assert.DoesNotContain("email", fields);
        Assert.DoesNotContain("activeMenteeCount", fields);
        Assert.Contains("openCapacity", fields);
    }

    [Fact]
    public async Task Mentor_ByGlobalId_IsTheDirectoryEntry()
    {
        using var list = await PostAsync("{ mentors(first: 1) { edges { node { id displayName programs { name } } } } }");
        var mentor = GraphQLHttp.Nodes(GraphQLHttp.Data(list).GetProperty("mentors")).Single();

        using var byId = await PostAsync("query($id: ID!) { node(id: $id) { ... on Mentor { displayName } } }", new { id = mentor.GetProperty("id").GetString() });

        Assert.Equal(mentor.GetProperty("displayName").GetString(), GraphQLHttp.Data(byId).GetProperty("node").GetProperty("displayName").GetString());
    }

    private Task<JsonDocument> PostAsync(string query, object? variables = null) => GraphQLHttp.PostAsync(factory, query, variables);
}
