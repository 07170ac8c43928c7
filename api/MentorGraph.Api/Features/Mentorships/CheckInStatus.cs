namespace MentorGraph.Api.Features.Mentorships;

public enum CheckInStatus
{
    Scheduled,
    Held,
    Missed,
}
