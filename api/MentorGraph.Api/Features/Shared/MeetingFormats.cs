namespace MentorGraph.Api.Features.Shared;

/// <summary>
/// How people meet. A set, stored as an integer, so that "offers any of these formats" is
/// one bitwise test in SQL on every provider.
/// </summary>
[Flags]
public enum MeetingFormats
{
    None = 0,
    InPerson = 1,
    Virtual = 2,
    Hybrid = 4,
}
