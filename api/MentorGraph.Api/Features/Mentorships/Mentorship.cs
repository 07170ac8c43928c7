namespace MentorGraph.Api.Features.Mentorships;

/// <summary>
/// A match of a mentor and a mentee within a programme: PROPOSED → ACTIVE (→ PAUSED) →
/// COMPLETED or ENDED. A reassignment is a new mentorship that records the one it replaces.
/// </summary>
public sealed class Mentorship
{
    public Guid Id { get; set; }

    public Guid ProgrammeId { get; set; }

    public Guid MentorId { get; set; }

    public Guid MenteeId { get; set; }

    public MentorshipStatus Status { get; set; }

    public MentorshipEndReason? EndReason { get; set; }

    public string? EndNote { get; set; }

    public Guid? ReplacesMentorshipId { get; set; }

    /// <summary>The matcher's score, 0 to 1.</summary>
    public double? Score { get; set; }

    /// <summary>Why the matcher proposed the pair; stored as one JSON column.</summary>
    public MatchExplanation? ScoreExplanation { get; set; }

    public DateTimeOffset ProposedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? PausedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>Optimistic concurrency token, bumped on every change.</summary>
    public long Version { get; set; }

    public List<Goal> Goals { get; set; } = [];

    public List<CheckIn> CheckIns { get; set; } = [];

    public List<Feedback> Feedback { get; set; } = [];
}
