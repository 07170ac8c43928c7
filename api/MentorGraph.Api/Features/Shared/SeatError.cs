namespace MentorGraph.Api.Features.Shared;

/// <summary>Why taking a seat or a mentor's capacity did not happen; the schema maps each to a typed error.</summary>
public enum SeatError
{
    NotFound,
    AlreadyTaken,
    Closed,
    CapacityReached,
}
