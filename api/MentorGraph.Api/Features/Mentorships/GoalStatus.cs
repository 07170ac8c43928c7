namespace MentorGraph.Api.Features.Mentorships;

public enum GoalStatus
{
    Open,
    Achieved,
    Dropped,
}
