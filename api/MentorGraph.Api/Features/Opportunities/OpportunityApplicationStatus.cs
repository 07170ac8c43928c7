namespace MentorGraph.Api.Features.Opportunities;

public enum OpportunityApplicationStatus
{
    Submitted,
    Shortlisted,
    Placed,

    /// <summary>Accepted by the employer when every seat was already taken.</summary>
    Waitlisted,
    Rejected,
    Withdrawn,
}
