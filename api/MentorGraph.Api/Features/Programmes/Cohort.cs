namespace MentorGraph.Api.Features.Programmes;

/// <summary>A group of mentees who start a programme together.</summary>
public sealed class Cohort
{
    public Guid Id { get; set; }

    public Guid ProgrammeId { get; set; }

    public required string Name { get; set; }

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    public int Capacity { get; set; }
}
