namespace MentorGraph.Api.Features.Mentorships;

/// <summary>A step towards a goal, in order of <see cref="Sequence"/>.</summary>
public sealed class Milestone
{
    public Guid Id { get; set; }

    public Guid GoalId { get; set; }

    public int Sequence { get; set; }

    public required string Title { get; set; }

    public DateOnly? DueOn { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }
}
