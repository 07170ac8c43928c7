namespace MentorGraph.Api.Features.Mentorships;

/// <summary>Periodic feedback on a mentorship from one side of it.</summary>
public sealed class Feedback
{
    public Guid Id { get; set; }

    public Guid MentorshipId { get; set; }

    public FeedbackAuthor Author { get; set; }

    /// <summary>1 (poor) to 5 (excellent).</summary>
    public int Rating { get; set; }

    public string? Comment { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }
}
