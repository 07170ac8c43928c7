using MentorGraph.Api.Features.Shared;

namespace MentorGraph.Api.Features.Mentorships;

/// <summary>The proposed mentorship, or why none was made.</summary>
public sealed record ProposeMentorshipResult(Mentorship? Mentorship, SeatError? Error);
