namespace MentorGraph.Api.Features.Programmes;

/// <summary>What a coordinator decides about an application to a programme.</summary>
public enum ApplicationDecision
{
    Accept,
    Decline,
}
