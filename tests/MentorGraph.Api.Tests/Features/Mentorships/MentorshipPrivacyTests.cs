using MentorGraph.Api.Features.Mentorships;
using MentorGraph.Api.Tests.Features.Mentees;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Tests.Features.Mentorships;

/// <summary>A mentorship, its goals and its check-in notes are seen by the pair and the programme's coordinators only.</summary>
public sealed class MentorshipPrivacyTests(DevelopmentCallerApiFactory factory) : IClassFixture<DevelopmentCallerApiFactory>
{
    private const string NodeQuery = """
        query($id: ID!) {
          node(id: $id) {
            ... on Mentorship { id status mentee { id } goals { title milestones { sequence } } checkIns { status notes } }
          }
        }
        """;

    private const string ListQuery = """
        query($program: ID!) {
          mentorships(where: { status: ACTIVE, program: { eq: $program } }, first: 100) { nodes { id status } }
        }
        """;

    [Theory]
    [InlineData("mentee")]
    [InlineData("coordinator")]
    [InlineData("matchedMentor")]
    public async Task Node_ThePairAndTheCoordinator_SeeTheMentorshipAndTheMentee(string who)
    {
        var (cast, id) = await FindAsync();

        using var body = await factory.PostAsync(NodeQuery, MenteePrivacyTests.CallerOf(cast, who), new { id });

        var mentorship = body.RootElement.GetProperty("data").GetProperty("node");
        Assert.Equal(id, mentorship.GetProperty("id").GetString());
        Assert.Equal("ACTIVE", mentorship.GetProperty("status").GetString());
        Assert.Equal(PrivacyCast.MenteeGlobalId(cast.MenteeId), mentorship.GetProperty("mentee").GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("anonymous")]
    [InlineData("otherPartnerStaff")]
    [InlineData("unrelatedMentor")]
    [InlineData("otherMentee")]
    public async Task Node_AnyoneElse_GetsNull(string who)
    {
        var (cast, id) = await FindAsync();

        using var body = await factory.PostAsync(NodeQuery, MenteePrivacyTests.CallerOf(cast, who), new { id });

        Assert.Equal("""{"data":{"node":null}}""", body.RootElement.GetRawText());
    }

    [Fact]
    public async Task Mentorships_Coordinator_ListsTheActiveMatchesOfTheirProgramme()
    {
        var (cast, id) = await FindAsync();
        var program = await ProgramOfAsync(cast);

        using var body = await factory.PostAsync(ListQuery, cast.Coordinator, new { program });

        var nodes = body.RootElement.GetProperty("data").GetProperty("mentorships").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Contains(nodes, n => n.GetProperty("id").GetString() == id);
        Assert.All(nodes, n => Assert.Equal("ACTIVE", n.GetProperty("status").GetString()));
    }

    [Theory]
    [InlineData("anonymous")]
    [InlineData("otherPartnerStaff")]
    [InlineData("unrelatedMentor")]
    [InlineData("otherMentee")]
    public async Task Mentorships_AnyoneElse_DoesNotListIt(string who)
    {
        var (cast, id) = await FindAsync();
        var program = await ProgramOfAsync(cast);

        using var body = await factory.PostAsync(ListQuery, MenteePrivacyTests.CallerOf(cast, who), new { program });

        var nodes = body.RootElement.GetProperty("data").GetProperty("mentorships").GetProperty("nodes").EnumerateArray();
        Assert.DoesNotContain(nodes, n => n.GetProperty("id").GetString() == id);
    }

    private async Task<(PrivacyCast Cast, string MentorshipId)> FindAsync()
    {
        var cast = await PrivacyCast.FindAsync(factory);
        await using var db = await factory.CreateDbAsync();
        var id = await db.Mentorships
            .Where(s => s.MenteeId == cast.MenteeId && s.MentorId == cast.MatchedMentorId && s.Status == MentorshipStatus.Active)
            .Select(s => s.Id)
            .FirstAsync();
        return (cast, PrivacyCast.GlobalIdOf("Mentorship", id));
    }

    private async Task<string> ProgramOfAsync(PrivacyCast cast)
    {
        await using var db = await factory.CreateDbAsync();
        var programmeId = await db.Mentorships
            .Where(s => s.MenteeId == cast.MenteeId && s.MentorId == cast.MatchedMentorId && s.Status == MentorshipStatus.Active)
            .Select(s => s.ProgrammeId)
            .FirstAsync();
        return PrivacyCast.GlobalIdOf("Program", programmeId);
    }
}
