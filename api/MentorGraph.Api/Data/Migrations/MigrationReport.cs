namespace MentorGraph.Api.Data.Migrations;

/// <summary>What <see cref="DatabaseMigrator.MigrateAsync"/> did: the migrations it applied, and the version the database is at.</summary>
public sealed record MigrationReport(IReadOnlyList<Migration> Applied, int CurrentVersion);
