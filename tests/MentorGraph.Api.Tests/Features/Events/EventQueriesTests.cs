using System.Globalization;
using MentorGraph.Api.Features.Events;
using MentorGraph.Api.GraphQL.Relay;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Tests.Features.Events;

/// <summary>The <c>events</c> list over HTTP: public and upcoming by default, filtered and ordered in SQL.</summary>
public sealed class EventQueriesTests(EventsApiFactory factory) : IClassFixture<EventsApiFactory>
{
    [Fact]
    public async Task Events_ByDefault_ArePublicNotYetOverAndSoonestFirst()
    {
        var organiser = await AnyOrganisationAsync();
        await AddEventAsync(organiser, DateTimeOffset.UtcNow.AddDays(3), isPublic: true);
        await AddEventAsync(organiser, DateTimeOffset.UtcNow.AddDays(2), isPublic: true);
        await AddEventAsync(organiser, DateTimeOffset.UtcNow.AddDays(1), isPublic: false);
        await AddEventAsync(organiser, DateTimeOffset.UtcNow.AddDays(-1), isPublic: true);

        using var body = await GraphQLClient.PostAsync(factory.CreateClient(), "{ events(first: 100) { nodes { id startsAt endsAt } } }");

        var nodes = body.RootElement.GetProperty("data").GetProperty("events").GetProperty("nodes").EnumerateArray().ToList();
        await using var db = factory.CreateDbContext();
        var now = DateTimeOffset.UtcNow;
        var expected = (await db.Events.AsNoTracking().Where(e => e.IsPublic).ToListAsync())
            .Where(e => e.EndsAt > now).OrderBy(e => e.StartsAt).ThenBy(e => e.Id).Select(e => GlobalId.Encode("Event", e.Id)).ToList();
        Assert.True(expected.Count >= 2);
        Assert.Equal(expected, nodes.Select(n => n.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Events_WhereKindAndLanguage_ReturnOnlyThoseEvents()
    {
        using var body = await GraphQLClient.PostAsync(
            factory.CreateClient(),
            """{ events(first: 100, includePast: true, where: { kind: CAREER_FAIR, language: "de" }) { nodes { kind languages } } }""");

        var nodes = body.RootElement.GetProperty("data").GetProperty("events").GetProperty("nodes").EnumerateArray().ToList();
        await using var db = factory.CreateDbContext();
        var expected = (await db.Events.AsNoTracking().Where(e => e.IsPublic && e.Kind == EventKind.CareerFair).ToListAsync()).Count(e => e.Languages.Contains("de"));
        Assert.Equal(expected, nodes.Count);
        Assert.All(nodes, n => Assert.Equal("CAREER_FAIR", n.GetProperty("kind").GetString()));
        Assert.All(nodes, n => Assert.Contains("de", n.GetProperty("languages").EnumerateArray().Select(l => l.GetString())));
    }

    [Fact]
    public async Task Events_WhereProgramAndStartsBefore_AreFilteredInTheDatabase()
    {
        await using var db = factory.CreateDbContext();
        var link = await db.EventProgrammes.AsNoTracking().OrderBy(p => p.EventId).FirstAsync();
        var programmeId = GlobalId.Encode("Program", link.ProgrammeId);
        var before = DateTimeOffset.UtcNow.AddYears(1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

        using var body = await GraphQLClient.PostAsync(
            factory.CreateClient(),
            "query($p: ID!, $b: DateTime!) { events(first: 100, includePast: true, where: { program: $p, startsBefore: $b }) { nodes { programs { id } seatsLeft capacity timeZone } } }",
            new { p = programmeId, b = before });

        var nodes = body.RootElement.GetProperty("data").GetProperty("events").GetProperty("nodes").EnumerateArray().ToList();
        Assert.NotEmpty(nodes);
        Assert.All(nodes, n => Assert.Contains(programmeId, n.GetProperty("programs").EnumerateArray().Select(p => p.GetProperty("id").GetString())));
        Assert.All(nodes, n => Assert.InRange(n.GetProperty("seatsLeft").GetInt32(), 0, n.GetProperty("capacity").GetInt32()));
    }

    private async Task<Guid> AnyOrganisationAsync()
    {
        await using var db = factory.CreateDbContext();
        return await db.Organisations.OrderBy(o => o.Id).Select(o => o.Id).FirstAsync();
    }

    private async Task AddEventAsync(Guid organiser, DateTimeOffset startsAt, bool isPublic)
    {
        await using var db = factory.CreateDbContext();
        db.Events.Add(new Event
        {
            Id = Guid.NewGuid(),
            OrganiserOrganisationId = organiser,
            Kind = EventKind.IndustryPanel,
            Title = "Panel",
            StartsAt = startsAt,
            EndsAt = startsAt.AddHours(2),
            TimeZone = "Europe/Vienna",
            Capacity = 30,
            IsPublic = isPublic,
            CreatedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
    }
}
