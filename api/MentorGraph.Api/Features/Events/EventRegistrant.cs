namespace MentorGraph.Api.Features.Events;

/// <summary>Who registers for an event: a mentee or a mentor.</summary>
public sealed record EventRegistrant(Guid? MenteeId, Guid? MentorId)
{
    public static EventRegistrant Mentee(Guid id) => new(id, null);

    public static EventRegistrant Mentor(Guid id) => new(null, id);
}
