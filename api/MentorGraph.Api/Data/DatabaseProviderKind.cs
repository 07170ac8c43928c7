namespace MentorGraph.Api.Data;

/// <summary>The databases MentorGraph runs on; chosen by <c>Database:Provider</c>.</summary>
public enum DatabaseProviderKind
{
    /// <summary>A file in the data directory: the default, for development and small partners.</summary>
    Sqlite,

    /// <summary>PostgreSQL 15 or later: production and <c>docker-compose.yml</c>.</summary>
    Postgres,
}
