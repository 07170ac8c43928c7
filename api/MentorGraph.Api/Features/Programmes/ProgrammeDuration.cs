namespace MentorGraph.Api.Features.Programmes;

public enum ProgrammeDuration
{
    ShortTerm,
    LongTerm,
}
