namespace MentorGraph.Api.Features.Mentors;

/// <summary>A weekly window in which a mentor can meet, in the mentor's time zone.</summary>
public sealed class AvailabilityWindow
{
    public Guid Id { get; set; }

    public Guid MentorId { get; set; }

    public DayOfWeek Day { get; set; }

    public TimeOnly StartsAt { get; set; }

    public TimeOnly EndsAt { get; set; }
}
