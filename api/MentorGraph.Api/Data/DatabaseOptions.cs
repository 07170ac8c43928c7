namespace MentorGraph.Api.Data;

/// <summary>
/// Where the data lives. Bound from <c>Database</c>, with the PostgreSQL connection string from
/// <c>ConnectionStrings:MentorGraph</c> and the SQLite file's folder from
/// <c>MentorGraph:DataDirectory</c> (env <c>MentorGraph__DataDirectory</c>).
/// </summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public const string SqliteFileName = "mentorgraph.db";

    public DatabaseProviderKind Provider { get; set; } = DatabaseProviderKind.Sqlite;

    /// <summary>The PostgreSQL connection string; unused with SQLite.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The folder of the SQLite file, relative to the content root unless absolute.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Apply pending migrations when the host starts. Default: on for SQLite, off for PostgreSQL.</summary>
    public bool? MigrateOnStartup { get; set; }

    /// <summary>Seed the demo network into an empty database when the host starts. Default: on for SQLite, off for PostgreSQL.</summary>
    public bool? SeedDemoNetworkOnStartup { get; set; }

    public bool ShouldMigrateOnStartup => MigrateOnStartup ?? Provider == DatabaseProviderKind.Sqlite;

    public bool ShouldSeedDemoNetworkOnStartup => SeedDemoNetworkOnStartup ?? Provider == DatabaseProviderKind.Sqlite;
}
