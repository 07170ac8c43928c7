namespace MentorGraph.Api.Data.Migrations;

/// <summary>A row of <c>schema_migrations</c>: a migration the database has applied.</summary>
public sealed record AppliedMigration(int Version, string Name, string Checksum, DateTimeOffset AppliedAt);
