using System.Net;
using MentorGraph.Api.Features.Events;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Tests.Features.Events.Calendar;

/// <summary>GET /calendar/organizations/{slug}.ics and /calendar/programs/{slug}.ics over HTTP.</summary>
public sealed class EventCalendarFeedTests(EventsApiFactory factory) : IClassFixture<EventsApiFactory>
{
    [Fact]
    public async Task OrganizationFeed_IsAValidCalendarOfItsPublicEvents()
    {
        var (slug, publicEvent, privateEvent) = await AddEventsAsync("Lebenslauf, Anschreiben; Bewerbung \\ Q&A\nZweite Zeile — ورشة عمل");

        using var response = await factory.CreateClient().GetAsync(new Uri($"/calendar/organizations/{slug}.ics", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.DoesNotContain("\n", text.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.All(text.Split("\r\n")[..^1], line => Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(line), 1, 75));

        var lines = ICalendarWriterTests.Unfold(text).Split("\r\n")[..^1];
        Assert.Equal(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//MentorGraph//Events//EN"], lines[..3]);
        Assert.Equal("END:VCALENDAR", lines[^1]);
        var vevent = Component(lines, $"UID:{publicEvent:D}@events.mentorgraph");
        Assert.Contains(@"SUMMARY:Lebenslauf\, Anschreiben\; Bewerbung \\ Q&A\nZweite Zeile — ورشة عمل", vevent);
        Assert.Contains("DTSTART:20301007T160000Z", vevent);
        Assert.Contains("DTEND:20301007T180000Z", vevent);
        Assert.Contains("DTSTAMP:20300901T080000Z", vevent);
        Assert.Contains(@"LOCATION:Haus der Kulturen\, Main hall\, Berlin", vevent);
        Assert.Contains(vevent, l => l.StartsWith("DESCRIPTION:", StringComparison.Ordinal) && l.Contains(@"\nTime zone: Europe/Berlin", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(privateEvent.ToString("D"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task OrganizationFeed_IsTheSameOnEveryFetch()
    {
        var (slug, _, _) = await AddEventsAsync("Stable");
        var client = factory.CreateClient();

        var first = await client.GetStringAsync(new Uri($"/calendar/organizations/{slug}.ics", UriKind.Relative));
        var second = await client.GetStringAsync(new Uri($"/calendar/organizations/{slug}.ics", UriKind.Relative));

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task ProgramFeed_HasTheProgrammesPublicEvents()
    {
        await using var db = factory.CreateDbContext();
        var link = await db.EventProgrammes.AsNoTracking()
            .Where(p => db.Events.Any(e => e.Id == p.EventId && e.IsPublic))
            .OrderBy(p => p.EventId).FirstAsync();
        var slug = await db.Programmes.Where(p => p.Id == link.ProgrammeId).Select(p => p.Slug).SingleAsync();
        await db.Events.Where(e => e.Id == link.EventId).ExecuteUpdateAsync(set => set
            .SetProperty(e => e.StartsAt, DateTimeOffset.UtcNow.AddDays(5))
            .SetProperty(e => e.EndsAt, DateTimeOffset.UtcNow.AddDays(5).AddHours(2)));

        var text = await factory.CreateClient().GetStringAsync(new Uri($"/calendar/programs/{slug}.ics", UriKind.Relative));

        Assert.Contains($"UID:{link.EventId:D}@events.mentorgraph\r\n", ICalendarWriterTests.Unfold(text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/calendar/organizations/nobody.ics")]
    [InlineData("/calendar/programs/nothing.ics")]
    public async Task UnknownSlug_IsNotFound(string path)
    {
        using var response = await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static List<string> Component(string[] lines, string uidLine)
    {
        var uid = Array.IndexOf(lines, uidLine);
        Assert.True(uid > 0, $"no {uidLine}");
        var begin = Array.LastIndexOf(lines, "BEGIN:VEVENT", uid);
        var end = Array.IndexOf(lines, "END:VEVENT", uid);
        return lines[begin..(end + 1)].ToList();
    }

    /// <summary>A public and a private event of a seeded partner, in 2030 so that they are upcoming.</summary>
    private async Task<(string Slug, Guid Public, Guid Private)> AddEventsAsync(string title)
    {
        await using var db = factory.CreateDbContext();
        var organisation = await db.Organisations.OrderBy(o => o.Slug).FirstAsync();
        var startsAt = new DateTimeOffset(2030, 10, 7, 18, 0, 0, TimeSpan.FromHours(2));
        Event Make(bool isPublic) => new()
        {
            Id = Guid.NewGuid(),
            OrganiserOrganisationId = organisation.Id,
            Kind = EventKind.Workshop,
            Title = title,
            Description = "Bring your documents.",
            StartsAt = startsAt,
            EndsAt = startsAt.AddHours(2),
            TimeZone = "Europe/Berlin",
            VenueName = "Haus der Kulturen",
            Address = "Main hall",
            City = "Berlin",
            Capacity = 20,
            Languages = ["de", "ar"],
            IsPublic = isPublic,
            CreatedAt = new DateTimeOffset(2030, 9, 1, 8, 0, 0, TimeSpan.Zero),
        };
        var publicEvent = Make(isPublic: true);
        var privateEvent = Make(isPublic: false);
        db.Events.AddRange(publicEvent, privateEvent);
        await db.SaveChangesAsync();
        return (organisation.Slug, publicEvent.Id, privateEvent.Id);
    }
}
