namespace MentorGraph.Api.Features.Shared;

/// <summary>
/// Common European Framework of Reference level, plus <see cref="Native"/>. Stored as an
/// integer in this order, so that "at least B2" is a comparison in SQL.
/// </summary>
public enum CefrLevel
{
    A1 = 1,
    A2 = 2,
    B1 = 3,
    B2 = 4,
    C1 = 5,
    C2 = 6,
    Native = 7,
}
