namespace MentorGraph.Api.Features.Opportunities;

/// <summary>A mentee placed in an opportunity: takes one of its seats.</summary>
public sealed class Placement
{
    public Guid Id { get; set; }

    public Guid OpportunityId { get; set; }

    public Guid ApplicationId { get; set; }

    public Guid MenteeId { get; set; }

    public PlacementStatus Status { get; set; }

    public DateOnly? StartsOn { get; set; }

    public DateOnly? EndsOn { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
