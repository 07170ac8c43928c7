namespace MentorGraph.Api.Features.Mentorships;

/// <summary>Something a mentee works towards within a mentorship, with milestones.</summary>
public sealed class Goal
{
    public Guid Id { get; set; }

    public Guid MentorshipId { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    public DateOnly? TargetDate { get; set; }

    public GoalStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? AchievedAt { get; set; }

    public List<Milestone> Milestones { get; set; } = [];
}
