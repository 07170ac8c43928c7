using MentorGraph.Api.Features.Shared;

namespace MentorGraph.Api.Features.Mentorships;

/// <summary>A scheduled meeting of the pair; its notes are private to the pair and the coordinator.</summary>
public sealed class CheckIn
{
    public Guid Id { get; set; }

    public Guid MentorshipId { get; set; }

    public DateTimeOffset ScheduledAt { get; set; }

    public CheckInStatus Status { get; set; }

    public MeetingFormats Format { get; set; }

    public int? DurationMinutes { get; set; }

    public string? PrivateNotes { get; set; }
}
