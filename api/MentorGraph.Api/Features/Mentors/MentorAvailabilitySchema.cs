using System.Linq.Expressions;
using MentorGraph.Api.Data;
using MentorGraph.Api.Features.Shared;
using MentorGraph.Api.GraphQL.Relay;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Types.Builders;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Features.Mentors;

/// <summary>
/// <c>mentorAvailability</c>, for universities: public mentors with open capacity who match a
/// sector or occupation, languages at a minimum CEFR level, a format, a time zone, and whose weekly
/// windows overlap a time window asked for in any time zone.
/// </summary>
/// <remarks>
/// The overlap is all SQL: the mentors' distinct time zones are read first (one small query), the
/// asked window is converted into each of them in .NET (time-zone rules are not in SQLite), and the
/// result is one predicate <c>(time_zone = z AND EXISTS window on day d overlapping [s, e)) OR ...</c>.
/// </remarks>
public static class MentorAvailabilitySchema
{
    private static readonly ConnectionDefinition<Mentor> _available =
        new ConnectionDefinition<Mentor>("Mentor", m => m.Id).WithSort(MentorSchema.Order);

    public static SchemaBuilder AddMentorAvailability(this SchemaBuilder schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return schema
            .Query(query => query
                .Connection("mentorAvailability", _available, context => RelatedLoader.WithContextAsync(context, async db =>
                    await _available.ResolveAsync(context, await FilterAsync(db, (IReadOnlyDictionary<string, object?>)context.Arguments["where"]!, context.CancellationToken))), field => field
                    .Description("Public mentors who can take another mentee and match every condition given: for universities' own systems.")
                    .Argument("where", "MentorAvailabilityInput!")))
            .InputType("MentorAvailabilityInput", input => input
                .Description("What a mentor must offer; omitted conditions do not filter.")
                .Field("sector", "String", f => f.Description("Works in this sector, such as `HEALTHCARE`."))
                .Field("iscoCode", "String", f => f.Description("Occupation's ISCO-08 code starts with this (major, sub-major, minor or unit group)."))
                .Field("languages", "[LanguageRequirementInput!]", f => f.Description("Speaks every one of these languages at least at its level."))
                .Field("format", "MeetingFormat", f => f.Description("Offers this meeting format."))
                .Field("timeZone", "String", f => f.Description("Lives in this IANA time zone, such as `Europe/Berlin`."))
                .Field("window", "TimeWindowInput", f => f.Description("Has a weekly window overlapping this one.")))
            .InputType("LanguageRequirementInput", input => input
                .Field("code", "String!", f => f.Description("ISO 639 code, such as `ar`."))
                .Field("minimumLevel", "CefrLevel!"))
            .InputType("TimeWindowInput", input => input
                .Description("A weekly window in the asker's time zone; converted to each mentor's zone for the next such day.")
                .Field("day", "DayOfWeek!")
                .Field("startsAt", "String!", f => f.Description("HH:mm."))
                .Field("endsAt", "String!", f => f.Description("HH:mm, after startsAt."))
                .Field("timeZone", "String!", f => f.Description("IANA time zone of the times, such as `America/Toronto`.")))
            .EnumType<DayOfWeek>("DayOfWeek", type => type.Description("A day of the week."));
    }

    private static async Task<IQueryable<Mentor>> FilterAsync(MentorGraphDbContext db, IReadOnlyDictionary<string, object?> where, CancellationToken cancellationToken)
    {
        var mentors = db.Mentors.Where(m => m.IsInPublicDirectory && m.Capacity - m.ActiveMenteeCount > 0);
        if (where.GetValueOrDefault("sector") is string sector)
        {
            mentors = mentors.Where(m => m.Sectors.Contains(sector));
        }

        if (where.GetValueOrDefault("iscoCode") is string isco)
        {
            mentors = mentors.Where(m => m.IscoCode != null && m.IscoCode.StartsWith(isco));
        }

        if (where.GetValueOrDefault("languages") is IEnumerable<object?> languages)
        {
            foreach (var language in languages.OfType<IReadOnlyDictionary<string, object?>>())
            {
                var code = (string)language["code"]!;
                var level = (CefrLevel)language["minimumLevel"]!;
                mentors = mentors.Where(m => m.Languages.Any(l => l.LanguageCode == code && l.Level >= level));
            }
        }

        if (where.GetValueOrDefault("format") is MeetingFormats format)
        {
            mentors = mentors.Where(m => (m.Formats & format) != 0);
        }

        if (where.GetValueOrDefault("timeZone") is string timeZone)
        {
            mentors = mentors.Where(m => m.TimeZone == timeZone);
        }

        if (where.GetValueOrDefault("window") is IReadOnlyDictionary<string, object?> asked)
        {
            var window = TimeWindow.Parse((DayOfWeek)asked["day"]!, (string)asked["startsAt"]!, (string)asked["endsAt"]!, (string)asked["timeZone"]!);
            var zones = await mentors.Select(m => m.TimeZone).Distinct().ToListAsync(cancellationToken);
            mentors = mentors.Where(Overlapping(window, zones, DateOnly.FromDateTime(DateTime.UtcNow)));
        }

        return mentors;
    }

    /// <summary>One OR over the mentors' zones of "a window that day overlapping the converted piece".</summary>
    private static Expression<Func<Mentor, bool>> Overlapping(TimeWindow window, IEnumerable<string> zones, DateOnly today)
    {
        Expression<Func<Mentor, bool>> none = m => false;
        var mentor = none.Parameters[0];
        Expression body = none.Body;
        foreach (var zoneId in zones)
        {
            if (!TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone))
            {
                continue;
            }

            foreach (var (day, start, end) in window.In(zone, today))
            {
                Expression<Func<Mentor, bool>> piece = m => m.TimeZone == zoneId
                    && m.AvailabilityWindows.Any(w => w.Day == day && w.StartsAt < end && w.EndsAt > start);
                body = Expression.OrElse(body, new ParameterReplacer(piece.Parameters[0], mentor).Visit(piece.Body));
            }
        }

        return Expression.Lambda<Func<Mentor, bool>>(body, mentor);
    }

    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
