namespace MentorGraph.Api.Tests;

/// <summary>The API host with the deterministic demo network seeded, for tests of what users see.</summary>
public sealed class SeededMentorGraphApiFactory : MentorGraphApiFactory
{
    protected override bool SeedDemoNetwork => true;
}
