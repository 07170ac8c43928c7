namespace MentorGraph.Api.Features.Mentorships;

public enum MentorshipEndReason
{
    Reassigned,
    MenteeWithdrew,
    MentorWithdrew,
    NoContact,
    ProposalDeclined,
    ProposalExpired,
    Other,
}
