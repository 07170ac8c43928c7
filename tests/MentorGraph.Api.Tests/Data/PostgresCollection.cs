namespace MentorGraph.Api.Tests.Data;

/// <summary>PostgreSQL tests run one class at a time: the concurrency tests need the cluster's connections.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PostgresCollection
{
    public const string Name = "PostgreSQL";
}
