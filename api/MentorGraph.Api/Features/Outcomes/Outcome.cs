namespace MentorGraph.Api.Features.Outcomes;

/// <summary>
/// A mentee's situation at one point in time. Reports aggregate outcomes and never show a
/// group smaller than the reporting threshold.
/// </summary>
public sealed class Outcome
{
    public Guid Id { get; set; }

    public Guid MenteeId { get; set; }

    public Guid? ProgrammeId { get; set; }

    public DateOnly RecordedOn { get; set; }

    public EmploymentStatus EmploymentStatus { get; set; }

    /// <summary>Whether the work is in the mentee's field; null when not employed.</summary>
    public bool? InField { get; set; }

    public WageBand? WageBand { get; set; }

    public int CredentialsAttained { get; set; }

    public int? DaysToFirstRole { get; set; }

    /// <summary>1 to 5, when the mentee answered.</summary>
    public int? Satisfaction { get; set; }
}
