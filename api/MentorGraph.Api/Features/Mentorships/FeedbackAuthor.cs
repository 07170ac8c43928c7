namespace MentorGraph.Api.Features.Mentorships;

public enum FeedbackAuthor
{
    Mentor,
    Mentee,
}
