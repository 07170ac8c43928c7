using System.Globalization;
using MentorGraph.Api.GraphQL;

namespace MentorGraph.Api.Features.Mentors;

/// <summary>
/// A weekly time window asked for in the asker's time zone, such as Tuesday 17:00–19:00 in
/// America/Toronto. Converting it to a mentor's zone depends on the date (daylight saving time),
/// so it is converted for the next occurrence of the day from <c>today</c>.
/// </summary>
public sealed record TimeWindow(DayOfWeek Day, TimeOnly StartsAt, TimeOnly EndsAt, TimeZoneInfo TimeZone)
{
    /// <summary>Reads <c>HH:mm</c> times and an IANA zone; anything else is BAD_USER_INPUT.</summary>
    public static TimeWindow Parse(DayOfWeek day, string startsAt, string endsAt, string timeZone)
    {
        var start = ParseTime(startsAt, "startsAt");
        var end = ParseTime(endsAt, "endsAt");
        if (end <= start)
        {
            throw UserInputError.Create($"The window must end after it starts: {startsAt}–{endsAt}.");
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone))
        {
            throw UserInputError.Create($"\"{timeZone}\" is not a known IANA time zone, such as \"Europe/Berlin\".");
        }

        return new TimeWindow(day, start, end, zone);
    }

    /// <summary>
    /// The same instants in <paramref name="zone"/>, as one or two (day, start, end) pieces: two when
    /// the window crosses midnight there. End times are exclusive; the last piece of a day ends at
    /// <see cref="TimeOnly.MaxValue"/>.
    /// </summary>
    public IReadOnlyList<(DayOfWeek Day, TimeOnly StartsAt, TimeOnly EndsAt)> In(TimeZoneInfo zone, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var date = today.AddDays(((int)Day - (int)today.DayOfWeek + 7) % 7);
        var startUtc = TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(StartsAt), TimeZone);
        var endUtc = TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(EndsAt), TimeZone);
        var start = TimeZoneInfo.ConvertTimeFromUtc(startUtc, zone);
        var end = TimeZoneInfo.ConvertTimeFromUtc(endUtc, zone);
        if (start.Date == end.Date)
        {
            return [(start.DayOfWeek, TimeOnly.FromDateTime(start), TimeOnly.FromDateTime(end))];
        }

        var pieces = new List<(DayOfWeek, TimeOnly, TimeOnly)> { (start.DayOfWeek, TimeOnly.FromDateTime(start), TimeOnly.MaxValue) };
        if (end.TimeOfDay > TimeSpan.Zero)
        {
            pieces.Add((end.DayOfWeek, TimeOnly.MinValue, TimeOnly.FromDateTime(end)));
        }

        return pieces;
    }

    private static TimeOnly ParseTime(string value, string field) =>
        TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw UserInputError.Create($"{field} must be a time of day as HH:mm, such as \"17:30\"; got \"{value}\".");
}
