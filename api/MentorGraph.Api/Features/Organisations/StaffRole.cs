namespace MentorGraph.Api.Features.Organisations;

public enum StaffRole
{
    /// <summary>Manages the partner's settings, staff and API clients.</summary>
    Administrator,

    /// <summary>Reviews applicants, matches and follows mentorships of the partner's programmes.</summary>
    Coordinator,

    /// <summary>Sees aggregated reports only.</summary>
    Analyst,
}
