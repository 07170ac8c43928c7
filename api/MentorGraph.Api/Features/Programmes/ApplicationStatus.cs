namespace MentorGraph.Api.Features.Programmes;

public enum ApplicationStatus
{
    Submitted,
    InReview,
    Accepted,
    Declined,
    Withdrawn,
}
