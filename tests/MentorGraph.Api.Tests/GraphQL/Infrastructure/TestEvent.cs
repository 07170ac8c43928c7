namespace MentorGraph.Api.Tests.GraphQL.Infrastructure;

/// <summary>An entity with a Guid key, as the domain's entities have.</summary>
public sealed class TestEvent
{
    public Guid Id { get; set; }

    public required string Title { get; set; }

    public int? Seats { get; set; }
}
