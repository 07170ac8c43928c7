using System.Text.Json;
using MentorGraph.Api.Features.Programmes;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Tests.Features.Mentees;

/// <summary>Coordinators list and review the applications to their partner's programmes, and only those.</summary>
public sealed class ProgramApplicationTests(DevelopmentCallerApiFactory factory) : IClassFixture<DevelopmentCallerApiFactory>
{
    private const string List = """
        query($programId: ID!) {
          programApplications(programId: $programId, first: 100) {
            totalCount
            nodes { id status applicant { id givenName } }
          }
        }
        """;

    private const string Review = """
        mutation($id: ID!, $decision: ApplicationDecision!) {
          reviewProgramApplication(input: { applicationId: $id, decision: $decision }) {
            application { status decidedAt }
            errors { __typename ... on ValidationError { code } ... on NotFoundError { id } }
          }
        }
        """;

    [Fact]
    public async Task ProgramApplications_Coordinator_SeesTheApplicantsOfTheirProgramme()
    {
        var cast = await PrivacyCast.FindAsync(factory);
        await using var db = await factory.CreateDbAsync();
        var expected = await db.Applications.CountAsync(a => a.ProgrammeId == cast.ProgrammeId);

        using var body = await factory.PostAsync(List, cast.Coordinator, new { programId = PrivacyCast.GlobalIdOf("Program", cast.ProgrammeId) });

        var connection = body.RootElement.GetProperty("data").GetProperty("programApplications");
        Assert.Equal(expected, connection.GetProperty("totalCount").GetInt32());
        var application = Assert.Single(connection.GetProperty("nodes").EnumerateArray(),
            n => n.GetProperty("id").GetString() == PrivacyCast.GlobalIdOf("ProgramApplication", cast.ApplicationId));
        Assert.Equal(PrivacyCast.MenteeGlobalId(cast.MenteeId), application.GetProperty("applicant").GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("anonymous")]
    [InlineData("otherPartnerStaff")]
    [InlineData("mentee")]
    [InlineData("matchedMentor")]
    public async Task ProgramApplications_AnyoneElse_SeesNone(string who)
    {
        var cast = await PrivacyCast.FindAsync(factory);

        using var body = await factory.PostAsync(List, MenteePrivacyTests.CallerOf(cast, who), new { programId = PrivacyCast.GlobalIdOf("Program", cast.ProgrammeId) });

        Assert.Equal("""{"data":{"programApplications":{"totalCount":0,"nodes":[]}}}""", body.RootElement.GetRawText());
    }

    [Theory]
    [InlineData("anonymous")]
    [InlineData("otherPartnerStaff")]
    [InlineData("unrelatedMentor")]
    [InlineData("otherMentee")]
    public async Task ApplicationNode_AnyoneButTheApplicantOrCoordinator_GetsNull(string who)
    {
        var cast = await PrivacyCast.FindAsync(factory);

        using var body = await factory.PostAsync(
            "query($id: ID!) { node(id: $id) { id } }",
            MenteePrivacyTests.CallerOf(cast, who),
            new { id = PrivacyCast.GlobalIdOf("ProgramApplication", cast.ApplicationId) });

        Assert.Equal("""{"data":{"node":null}}""", body.RootElement.GetRawText());
    }

    [Fact]
    public async Task Review_Coordinator_AcceptsOnceThenIsToldItIsDecided()
    {
        var (application, coordinator) = await OpenApplicationAsync();
        var id = PrivacyCast.GlobalIdOf("ProgramApplication", application.Id);

        using var accepted = await factory.PostAsync(Review, coordinator, new { id, decision = "ACCEPT" });
        var payload = accepted.RootElement.GetProperty("data").GetProperty("reviewProgramApplication");
        Assert.Equal("ACCEPTED", payload.GetProperty("application").GetProperty("status").GetString());
        Assert.Equal(0, payload.GetProperty("errors").GetArrayLength());

        using var again = await factory.PostAsync(Review, coordinator, new { id, decision = "DECLINE" });
        Assert.Equal(
            """{"data":{"reviewProgramApplication":{"application":null,"errors":[{"__typename":"ValidationError","code":"ALREADY_DECIDED"}]}}}""",
            again.RootElement.GetRawText());
        await using var db = await factory.CreateDbAsync();
        Assert.Equal(ApplicationStatus.Accepted, (await db.Applications.SingleAsync(a => a.Id == application.Id)).Status);
    }

    [Fact]
    public async Task Review_OtherPartnerStaff_IsNotFoundAndChangesNothing()
    {
        var (application, _) = await OpenApplicationAsync();
        await using var db = await factory.CreateDbAsync();
        var coordinating = await db.Programmes.Where(p => p.Id == application.ProgrammeId).Select(p => p.OwnerOrganisationId)
            .Concat(db.ProgrammeCoOwners.Where(c => c.ProgrammeId == application.ProgrammeId).Select(c => c.OrganisationId)).ToListAsync();
        var outsider = await db.StaffMembers.Where(s => !coordinating.Contains(s.OrganisationId)).OrderBy(s => s.Id).FirstAsync();
        var id = PrivacyCast.GlobalIdOf("ProgramApplication", application.Id);

        using var body = await factory.PostAsync(Review, $"staff={outsider.Id};org={outsider.OrganisationId}", new { id, decision = "DECLINE" });

        Assert.Equal(
            JsonSerializer.Serialize(new { data = new { reviewProgramApplication = new { application = (object?)null, errors = new[] { new { __typename = "NotFoundError", id } } } } }),
            body.RootElement.GetRawText());
        var stored = await db.Applications.AsNoTracking().SingleAsync(a => a.Id == application.Id);
        Assert.Equal(application.Status, stored.Status);
        Assert.Null(stored.DecidedAt);
    }

    /// <summary>An application not yet decided, and a staff member of its programme's owner as a caller.</summary>
    private async Task<(Application Application, string Coordinator)> OpenApplicationAsync()
    {
        await using var db = await factory.CreateDbAsync();
        var application = await db.Applications.AsNoTracking()
            .Where(a => (a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.InReview) && a.DecidedAt == null)
            .OrderBy(a => a.Id)
            .FirstAsync();
        var owner = await db.Programmes.Where(p => p.Id == application.ProgrammeId).Select(p => p.OwnerOrganisationId).SingleAsync();
        var staff = await db.StaffMembers.Where(s => s.OrganisationId == owner).OrderBy(s => s.Id).FirstAsync();
        return (application, $"staff={staff.Id};org={owner}");
    }

    [Fact]
    public async Task Application_NamesItsProgramme_AndTheCoordinatorsOwnOrganisation()
    {
        var cast = await PrivacyCast.FindAsync(factory);
        await using var db = await factory.CreateDbAsync();
        var programme = await db.Programmes.AsNoTracking().SingleAsync(p => p.Id == cast.ProgrammeId);
        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == cast.CoordinatorOrganisationId);
        const string Query = """
            query($id: ID!) {
              node(id: $id) { ... on ProgramApplication { program { id name } } }
              viewer { staffMember { organization { slug } } }
            }
            """;

        using var body = await factory.PostAsync(Query, cast.Coordinator, new { id = PrivacyCast.GlobalIdOf("ProgramApplication", cast.ApplicationId) });

        var data = body.RootElement.GetProperty("data");
        var program = data.GetProperty("node").GetProperty("program");
        Assert.Equal(PrivacyCast.GlobalIdOf("Program", cast.ProgrammeId), program.GetProperty("id").GetString());
        Assert.Equal(programme.Name, program.GetProperty("name").GetString());
        Assert.Equal(organisation.Slug, data.GetProperty("viewer").GetProperty("staffMember").GetProperty("organization").GetProperty("slug").GetString());
    }
}
