using MentorGraph.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Features.Events.Calendar;

/// <summary>
/// Stable iCalendar feeds of public events: <c>/calendar/organizations/{slug}.ics</c> (events a
/// partner organises) and <c>/calendar/programs/{slug}.ics</c> (events of a programme).
/// </summary>
public static class EventCalendarEndpoints
{
    /// <summary>How long after its end an event stays in a feed, so that calendars keep recent history.</summary>
    public static readonly TimeSpan PastEventsKept = TimeSpan.FromDays(90);

    public static IEndpointRouteBuilder MapEventCalendars(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/calendar/organizations/{slug}.ics", OrganizationAsync);
        endpoints.MapGet("/calendar/programs/{slug}.ics", ProgramAsync);
        return endpoints;
    }

    private static async Task<IResult> OrganizationAsync(string slug, MentorGraphDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.AsNoTracking()
            .Where(o => o.Slug == slug).Select(o => new { o.Id, o.Name }).SingleOrDefaultAsync(cancellationToken);
        if (organisation is null)
        {
            return Results.NotFound();
        }

        var events = PublicEvents(db, clock).Where(e => e.OrganiserOrganisationId == organisation.Id);
        return await FeedAsync(db, organisation.Name, events, cancellationToken);
    }

    private static async Task<IResult> ProgramAsync(string slug, MentorGraphDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.AsNoTracking()
            .Where(p => p.Slug == slug).Select(p => new { p.Id, p.Name }).SingleOrDefaultAsync(cancellationToken);
        if (programme is null)
        {
            return Results.NotFound();
        }

        var events = PublicEvents(db, clock).Where(e => e.Programmes.Any(p => p.ProgrammeId == programme.Id));
        return await FeedAsync(db, programme.Name, events, cancellationToken);
    }

    private static IQueryable<Event> PublicEvents(MentorGraphDbContext db, TimeProvider clock)
    {
        var since = clock.GetUtcNow() - PastEventsKept;
        return db.Events.AsNoTracking().Where(e => e.IsPublic && e.EndsAt > since);
    }

    private static async Task<IResult> FeedAsync(MentorGraphDbContext db, string name, IQueryable<Event> query, CancellationToken cancellationToken)
    {
        var events = await query.OrderBy(e => e.StartsAt).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        var organiserIds = events.Select(e => e.OrganiserOrganisationId).Distinct().ToList();
        var organisers = await db.Organisations.AsNoTracking()
            .Where(o => organiserIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var calendar = EventCalendar.Write(name, events, id => organisers.GetValueOrDefault(id));
        return Results.Text(calendar, EventCalendar.ContentType);
    }
}
