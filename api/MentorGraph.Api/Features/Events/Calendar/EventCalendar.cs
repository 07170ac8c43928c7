namespace MentorGraph.Api.Features.Events.Calendar;

/// <summary>
/// A partner's or programme's public events as an iCalendar object (RFC 5545), for calendar
/// applications to subscribe to.
/// </summary>
/// <remarks>
/// Times are written in UTC (3.3.5, form #2) rather than as local times with a TZID: a TZID
/// obliges the file to carry a VTIMEZONE with the zone's rules (3.6.5), and an instant in UTC is
/// exact and shown by every client in its user's own zone. The event's IANA zone is named in the
/// description. UIDs are derived from the event's ID and so stay the same across fetches, and
/// DTSTAMP is when the event was last revised in our store (3.8.7.2, no METHOD), so an unchanged
/// feed is byte-for-byte the same.
/// </remarks>
public static class EventCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public const string ProductId = "-//MentorGraph//Events//EN";

    public static string Write(string calendarName, IEnumerable<Event> events, Func<Guid, string?> organiserName)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(organiserName);
        var calendar = new ICalendarWriter()
            .Raw("BEGIN", "VCALENDAR")
            .Raw("VERSION", "2.0")
            .Text("PRODID", ProductId)
            .Raw("CALSCALE", "GREGORIAN")
            .Text("X-WR-CALNAME", calendarName);
        foreach (var evt in events)
        {
            calendar
                .Raw("BEGIN", "VEVENT")
                .Raw("UID", $"{evt.Id:D}@events.mentorgraph")
                .Utc("DTSTAMP", evt.CreatedAt)
                .Utc("DTSTART", evt.StartsAt)
                .Utc("DTEND", evt.EndsAt)
                .Text("SUMMARY", evt.Title)
                .Text("DESCRIPTION", Description(evt, organiserName(evt.OrganiserOrganisationId)));
            if (Location(evt) is { } location)
            {
                calendar.Text("LOCATION", location);
            }

            if (evt.VirtualUrl is { Length: > 0 } url)
            {
                calendar.Raw("URL", url);
            }

            calendar.Raw("END", "VEVENT");
        }

        return calendar.Raw("END", "VCALENDAR").ToString();
    }

    private static string Description(Event evt, string? organiser)
    {
        var lines = new List<string>();
        if (!string.IsNullOrWhiteSpace(evt.Description))
        {
            lines.Add(evt.Description);
        }

        if (organiser is not null)
        {
            lines.Add($"Organiser: {organiser}");
        }

        lines.Add($"Time zone: {evt.TimeZone}");
        if (evt.Languages.Count > 0)
        {
            lines.Add($"Languages: {string.Join(", ", evt.Languages)}" + (evt.InterpretationOffered ? " (interpretation offered)" : string.Empty));
        }

        if (!string.IsNullOrWhiteSpace(evt.AccessibilityNotes))
        {
            lines.Add($"Accessibility: {evt.AccessibilityNotes}");
        }

        return string.Join('\n', lines);
    }

    private static string? Location(Event evt)
    {
        var parts = new[] { evt.VenueName, evt.Address, evt.City }.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return parts.Count > 0 ? string.Join(", ", parts) : evt.VirtualUrl;
    }
}
