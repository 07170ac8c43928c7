namespace MentorGraph.Api.Features.Mentors;

/// <summary>Days on which a mentor's weekly windows do not apply (holidays, leave).</summary>
public sealed class AvailabilityException
{
    public Guid Id { get; set; }

    public Guid MentorId { get; set; }

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    public string? Reason { get; set; }
}
