namespace MentorGraph.Api.Features.Opportunities;

public enum OpportunityStatus
{
    Open,
    Closed,
}
