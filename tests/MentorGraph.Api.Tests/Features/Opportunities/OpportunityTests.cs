using MentorGraph.Api.Features.Opportunities;
using MentorGraph.Api.GraphQL.Relay;
using MentorGraph.Api.Tests.Features.Events;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Tests.Features.Opportunities;

/// <summary>The opportunities list and closeOpportunity over HTTP.</summary>
public sealed class OpportunityTests(EventsApiFactory factory) : IClassFixture<EventsApiFactory>
{
    private const string Close = """
        mutation($input: CloseOpportunityInput!) {
          closeOpportunity(input: $input) { opportunity { status closedAt } errors { __typename } }
        }
        """;

    [Fact]
    public async Task Opportunities_ByDefault_AreOpenWithTheirDeadlineAhead()
    {
        using var body = await GraphQLClient.PostAsync(factory.CreateClient(), "{ opportunities(first: 100) { totalCount nodes { id status } } }");

        var connection = body.RootElement.GetProperty("data").GetProperty("opportunities");
        await using var db = factory.CreateDbContext();
        var now = DateTimeOffset.UtcNow;
        var expected = (await db.Opportunities.AsNoTracking().ToListAsync())
            .Count(o => o.Status == OpportunityStatus.Open && (o.ApplicationDeadline is null || o.ApplicationDeadline > now));
        Assert.Equal(expected, connection.GetProperty("totalCount").GetInt32());
        Assert.All(connection.GetProperty("nodes").EnumerateArray(), n => Assert.Equal("OPEN", n.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Opportunities_WhereKind_IncludingClosed_ReturnOnlyThatKind()
    {
        using var body = await GraphQLClient.PostAsync(
            factory.CreateClient(),
            "{ opportunities(first: 100, includeClosed: true, where: { kind: INTERNSHIP }) { totalCount nodes { kind seats seatsLeft languageRequirements { languageCode minimumLevel } } } }");

        var connection = body.RootElement.GetProperty("data").GetProperty("opportunities");
        await using var db = factory.CreateDbContext();
        Assert.Equal(await db.Opportunities.CountAsync(o => o.Kind == OpportunityKind.Internship), connection.GetProperty("totalCount").GetInt32());
        Assert.All(connection.GetProperty("nodes").EnumerateArray(), n => Assert.Equal("INTERNSHIP", n.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task CloseOpportunity_ByStaffOfTheEmployer_ClosesIt()
    {
        var (opportunityId, employerId, staffId) = await OpenOpportunityAsync();

        using var body = await GraphQLClient.PostAsync(
            factory.CreateClient(), Close, new { input = new { opportunityId = GlobalId.Encode("Opportunity", opportunityId) } }, $"staff={staffId};org={employerId}");

        var payload = body.RootElement.GetProperty("data").GetProperty("closeOpportunity");
        Assert.Equal("CLOSED", payload.GetProperty("opportunity").GetProperty("status").GetString());
        await using var db = factory.CreateDbContext();
        Assert.Equal(OpportunityStatus.Closed, await db.Opportunities.Where(o => o.Id == opportunityId).Select(o => o.Status).SingleAsync());
    }

    [Fact]
    public async Task CloseOpportunity_ByStaffOfAnotherPartner_IsForbiddenAndChangesNothing()
    {
        var (opportunityId, employerId, _) = await OpenOpportunityAsync();
        await using var db = factory.CreateDbContext();
        var other = await db.StaffMembers.AsNoTracking().Where(s => s.OrganisationId != employerId).OrderBy(s => s.Id).FirstAsync();

        using var body = await GraphQLClient.PostAsync(
            factory.CreateClient(), Close, new { input = new { opportunityId = GlobalId.Encode("Opportunity", opportunityId) } }, $"staff={other.Id};org={other.OrganisationId}");

        var error = Assert.Single(body.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("FORBIDDEN", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(OpportunityStatus.Open, await db.Opportunities.Where(o => o.Id == opportunityId).Select(o => o.Status).SingleAsync());
    }

    private async Task<(Guid Opportunity, Guid Employer, Guid Staff)> OpenOpportunityAsync()
    {
        await using var db = factory.CreateDbContext();
        var opportunity = await db.Opportunities.AsNoTracking()
            .Where(o => o.Status == OpportunityStatus.Open && db.StaffMembers.Any(s => s.OrganisationId == o.EmployerOrganisationId))
            .OrderBy(o => o.Id).FirstAsync();
        var staff = await db.StaffMembers.AsNoTracking().Where(s => s.OrganisationId == opportunity.EmployerOrganisationId).OrderBy(s => s.Id).FirstAsync();
        return (opportunity.Id, opportunity.EmployerOrganisationId, staff.Id);
    }
}
