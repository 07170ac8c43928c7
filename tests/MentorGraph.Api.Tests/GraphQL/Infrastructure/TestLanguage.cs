namespace MentorGraph.Api.Tests.GraphQL.Infrastructure;

public sealed class TestLanguage
{
    public int Id { get; set; }

    public int MentorId { get; set; }

    public required string Code { get; set; }

    public TestLevel Level { get; set; }
}
