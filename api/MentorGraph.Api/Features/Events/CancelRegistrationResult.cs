using MentorGraph.Api.Features.Shared;

namespace MentorGraph.Api.Features.Events;

/// <summary>The cancelled registration and the waiting-list registration promoted into its seat, if any.</summary>
public sealed record CancelRegistrationResult(Registration? Cancelled, Registration? Promoted, SeatError? Error);
