namespace MentorGraph.Api.Features.Events;

/// <summary>A programme an event belongs to.</summary>
public sealed class EventProgramme
{
    public Guid EventId { get; set; }

    public Guid ProgrammeId { get; set; }
}
