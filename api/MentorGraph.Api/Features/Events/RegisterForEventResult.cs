using MentorGraph.Api.Features.Shared;

namespace MentorGraph.Api.Features.Events;

/// <summary>A registration, <see cref="RegistrationStatus.Confirmed"/> or <see cref="RegistrationStatus.Waitlisted"/>, or why there is none.</summary>
public sealed record RegisterForEventResult(Registration? Registration, SeatError? Error);
