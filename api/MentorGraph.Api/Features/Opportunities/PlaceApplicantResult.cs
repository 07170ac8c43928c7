using MentorGraph.Api.Features.Shared;

namespace MentorGraph.Api.Features.Opportunities;

/// <summary>The placement made, or why none was (with <see cref="SeatError.CapacityReached"/> the application is waitlisted).</summary>
public sealed record PlaceApplicantResult(Placement? Placement, SeatError? Error);
