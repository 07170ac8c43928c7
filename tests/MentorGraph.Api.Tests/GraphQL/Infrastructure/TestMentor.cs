namespace MentorGraph.Api.Tests.GraphQL.Infrastructure;

/// <summary>A small stand-in for the domain's mentor, so the conventions are tested apart from the real model.</summary>
public sealed class TestMentor
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public string? Headline { get; set; }

    public int Years { get; set; }

    public TestLevel Level { get; set; }

    public bool IsPublic { get; set; }

    public int? OrganisationId { get; set; }

    public TestOrganisation? Organisation { get; set; }

    public List<TestLanguage> Languages { get; set; } = [];
}
