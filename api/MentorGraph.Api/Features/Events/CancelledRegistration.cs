namespace MentorGraph.Api.Features.Events;

/// <summary>What <c>cancelRegistration</c> answers: the cancelled registration and the one promoted into its seat, if any.</summary>
public sealed record CancelledRegistration(Registration Registration, Registration? Promoted);
