namespace MentorGraph.Api.Tests.GraphQL.Infrastructure;

public sealed class TestOrganisation
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public required string Name { get; set; }
}
