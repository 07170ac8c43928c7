namespace MentorGraph.Api.Features.Mentorships;

public enum MentorshipStatus
{
    Proposed,
    Active,
    Paused,
    Completed,
    Ended,
}
