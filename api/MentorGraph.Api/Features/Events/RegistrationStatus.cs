namespace MentorGraph.Api.Features.Events;

public enum RegistrationStatus
{
    Confirmed,
    Waitlisted,
    Cancelled,
}
