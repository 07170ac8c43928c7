using System.Globalization;
using System.Text.Json;
using MentorGraph.Api.Data;
using MentorGraph.Api.Features.Mentors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentorGraph.Api.Tests.Features.Mentors;

/// <summary>Universities' <c>mentorAvailability</c> over /graphql, from the seeded demo network.</summary>
public sealed class MentorAvailabilityTests(SeededMentorGraphApiFactory factory) : IClassFixture<SeededMentorGraphApiFactory>
{
    private const string Query = """
        query($where: MentorAvailabilityInput!) {
          mentorAvailability(where: $where, first: 100) { totalCount edges { node { id sectors formats openCapacity timeZone languages { code level } } } }
        }
        """;

    [Fact]
    public async Task SectorLanguageAndFormat_ReturnOnlyMentorsWithOpenCapacityMatchingAll()
    {
        using var body = await PostAsync(new { sector = "HEALTHCARE", format = "VIRTUAL", languages = new[] { new { code = "ar", minimumLevel = "B2" } } });

        var mentors = GraphQLHttp.Nodes(GraphQLHttp.Data(body).GetProperty("mentorAvailability")).ToList();
        Assert.NotEmpty(mentors);
        Assert.All(mentors, m =>
        {
            Assert.Contains("HEALTHCARE", m.GetProperty("sectors").EnumerateArray().Select(s => s.GetString()));
            Assert.Contains("VIRTUAL", m.GetProperty("formats").EnumerateArray().Select(f => f.GetString()));
            Assert.True(m.GetProperty("openCapacity").GetInt32() > 0);
            Assert.Contains(m.GetProperty("languages").EnumerateArray(), l => l.GetProperty("code").GetString() == "ar"
                && l.GetProperty("level").GetString() is "B2" or "C1" or "C2" or "NATIVE");
        });
    }

    [Fact]
    public async Task Window_AskedInAnotherTimeZone_FindsTheMentorWhoseWindowItOverlaps()
    {
        var (mentorId, zone, window, free) = await MentorInBerlinWithAFreeHourAsync();
        var tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

        using var overlapping = await PostAsync(new { timeZone = zone.Id, window = InZone(window.Day, window.StartsAt, window.StartsAt.AddMinutes(30), zone, tokyo) });
        using var elsewhere = await PostAsync(new { timeZone = zone.Id, window = InZone(window.Day, free, free.AddHours(1), zone, tokyo) });
        using var literal = await PostAsync(new { timeZone = zone.Id, window = new { day = Day(window.Day), startsAt = Hm(free), endsAt = Hm(free.AddHours(1)), timeZone = zone.Id } });

        var id = GlobalIdOf(mentorId);
        Assert.Contains(id, Ids(overlapping));
        Assert.DoesNotContain(id, Ids(elsewhere));
        Assert.DoesNotContain(id, Ids(literal));
    }

    [Fact]
    public async Task Window_WithAnUnknownTimeZone_IsBadUserInput()
    {
        using var body = await PostAsync(new { window = new { day = "MONDAY", startsAt = "09:00", endsAt = "10:00", timeZone = "Mars/Olympus" } });

        var error = Assert.Single(body.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    /// <summary>A public Berlin mentor with open capacity, one of their windows, and an hour that day none of their windows touches.</summary>
    private async Task<(Guid MentorId, TimeZoneInfo Zone, AvailabilityWindow Window, TimeOnly FreeHour)> MentorInBerlinWithAFreeHourAsync()
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<MentorGraphDbContext>>().CreateDbContextAsync();
        var mentors = await db.Mentors.AsNoTracking().Include(m => m.AvailabilityWindows)
            .Where(m => m.IsInPublicDirectory && m.TimeZone == "Europe/Berlin" && m.Capacity > m.ActiveMenteeCount && m.AvailabilityWindows.Count > 0)
            .OrderBy(m => m.Id).ToListAsync();
        foreach (var mentor in mentors)
        {
            var window = mentor.AvailabilityWindows.OrderBy(w => w.Day).ThenBy(w => w.StartsAt).First();
            var sameDay = mentor.AvailabilityWindows.Where(w => w.Day == window.Day).ToList();
            for (var hour = 1; hour < 23; hour++)
            {
                var free = new TimeOnly(hour, 0);
                if (sameDay.All(w => w.EndsAt <= free || w.StartsAt >= free.AddHours(1)))
                {
                    return (mentor.Id, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"), window, free);
                }
            }
        }

        throw new InvalidOperationException("The demo network has no Berlin mentor with a free hour.");
    }

    /// <summary>The window given in <paramref name="from"/> as someone in <paramref name="to"/> would ask for it, for the next such day.</summary>
    private static object InZone(DayOfWeek day, TimeOnly start, TimeOnly end, TimeZoneInfo from, TimeZoneInfo to)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var date = today.AddDays(((int)day - (int)today.DayOfWeek + 7) % 7);
        var startThere = TimeZoneInfo.ConvertTime(date.ToDateTime(start), from, to);
        var endThere = TimeZoneInfo.ConvertTime(date.ToDateTime(end), from, to);
        Assert.Equal(startThere.Date, endThere.Date);
        return new { day = Day(startThere.DayOfWeek), startsAt = Hm(TimeOnly.FromDateTime(startThere)), endsAt = Hm(TimeOnly.FromDateTime(endThere)), timeZone = to.Id };
    }

    private static string Day(DayOfWeek day) => day.ToString().ToUpperInvariant();

    private static string Hm(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string GlobalIdOf(Guid id) => MentorGraph.Api.GraphQL.Relay.GlobalId.Encode("Mentor", id);

    private static List<string?> Ids(JsonDocument body) =>
        [.. GraphQLHttp.Nodes(GraphQLHttp.Data(body).GetProperty("mentorAvailability")).Select(m => m.GetProperty("id").GetString())];

    private Task<JsonDocument> PostAsync(object where) => GraphQLHttp.PostAsync(factory, Query, new { where });
}
