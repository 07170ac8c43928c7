namespace MentorGraph.Api.Features.Opportunities;

public enum PlacementStatus
{
    Active,
    Completed,
    EndedEarly,
}
