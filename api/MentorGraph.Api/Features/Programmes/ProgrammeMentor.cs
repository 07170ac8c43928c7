namespace MentorGraph.Api.Features.Programmes;

/// <summary>A mentor's membership of a programme: who can be matched within it.</summary>
public sealed class ProgrammeMentor
{
    public Guid ProgrammeId { get; set; }

    public Guid MentorId { get; set; }

    public DateTimeOffset JoinedAt { get; set; }
}
