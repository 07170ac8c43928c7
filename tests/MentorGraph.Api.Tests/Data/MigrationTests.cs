using MentorGraph.Api.Data;
using MentorGraph.Api.Data.Migrations;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Tests.Data;

/// <summary>The versioned SQL migrations: fresh install, upgrade with data, and the refusals that protect a database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class MigrationTests
{
    [Fact]
    public void Scripts_BothProviders_HaveTheSameVersionsAndNames()
    {
        var sqlite = MigrationScripts.For(DatabaseProviderKind.Sqlite).Select(m => $"{m.Version:D4}_{m.Name}");
        var postgres = MigrationScripts.For(DatabaseProviderKind.Postgres).Select(m => $"{m.Version:D4}_{m.Name}");

        Assert.Equal(["0001_initial_schema", "0002_programme_slugs"], sqlite);
        Assert.Equal(sqlite, postgres);
    }

    [Fact]
    public void Checksum_IgnoresLineEndings() =>
        Assert.Equal(MigrationScripts.ChecksumOf("SELECT 1;\nSELECT 2;\n"), MigrationScripts.ChecksumOf("SELECT 1;\r\nSELECT 2;\r\n"));

    [Fact]
    public Task FreshDatabase_AppliesEveryMigrationOnce_Sqlite() => FreshDatabase_AppliesEveryMigrationOnce(DatabaseProviderKind.Sqlite);

    [PostgresFact]
    public Task FreshDatabase_AppliesEveryMigrationOnce_Postgres() => FreshDatabase_AppliesEveryMigrationOnce(DatabaseProviderKind.Postgres);

    [Fact]
    public Task UpgradeFromVersion1_KeepsEveryRowAndBackfillsSlugs_Sqlite() => UpgradeFromVersion1_KeepsEveryRowAndBackfillsSlugs(DatabaseProviderKind.Sqlite);

    [PostgresFact]
    public Task UpgradeFromVersion1_KeepsEveryRowAndBackfillsSlugs_Postgres() => UpgradeFromVersion1_KeepsEveryRowAndBackfillsSlugs(DatabaseProviderKind.Postgres);

    [Fact]
    public Task EditedMigration_IsRefused_Sqlite() => EditedMigration_IsRefused(DatabaseProviderKind.Sqlite);

    [PostgresFact]
    public Task EditedMigration_IsRefused_Postgres() => EditedMigration_IsRefused(DatabaseProviderKind.Postgres);

    [Fact]
    public Task DatabaseNewerThanBuild_IsRefused_Sqlite() => DatabaseNewerThanBuild_IsRefused(DatabaseProviderKind.Sqlite);

    [PostgresFact]
    public Task DatabaseNewerThanBuild_IsRefused_Postgres() => DatabaseNewerThanBuild_IsRefused(DatabaseProviderKind.Postgres);

    [Fact]
    public Task TwoMigratorsAtOnce_ApplyEachMigrationOnce_Sqlite() => TwoMigratorsAtOnce_ApplyEachMigrationOnce(DatabaseProviderKind.Sqlite);

    [PostgresFact]
    public Task TwoMigratorsAtOnce_ApplyEachMigrationOnce_Postgres() => TwoMigratorsAtOnce_ApplyEachMigrationOnce(DatabaseProviderKind.Postgres);

    private static async Task FreshDatabase_AppliesEveryMigrationOnce(DatabaseProviderKind provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var first = await database.Migrator.MigrateAsync();
        var second = await database.Migrator.MigrateAsync();

        Assert.Equal([1, 2], first.Applied.Select(m => m.Version));
        Assert.Equal(2, first.CurrentVersion);
        Assert.Empty(second.Applied);
        Assert.Equal(2, second.CurrentVersion);
        var history = await database.Migrator.GetAppliedMigrationsAsync();
        Assert.Equal(MigrationScripts.For(provider).Select(m => (m.Version, m.Name, m.Checksum)), history.Select(h => (h.Version, h.Name, h.Checksum)));
    }

    private static async Task UpgradeFromVersion1_KeepsEveryRowAndBackfillsSlugs(DatabaseProviderKind provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.Migrator.MigrateAsync(targetVersion: 1);
        var organisationId = Guid.NewGuid();
        var names = new[] { "Nurses Bridge", "Women's Circle", "Nurses Bridge" };
        await InsertVersion1Organisation(database, organisationId);
        foreach (var name in names)
        {
            await InsertVersion1Programme(database, Guid.NewGuid(), organisationId, name);
        }

        var report = await database.Migrator.MigrateAsync();

        Assert.Equal([2], report.Applied.Select(m => m.Version));
        await using var db = database.CreateContext();
        var programmes = await db.Programmes.OrderBy(p => p.Slug).ToListAsync();
        Assert.Equal(3, programmes.Count);
        Assert.Equal("nurses-bridge", programmes[0].Slug);
        Assert.StartsWith("nurses-bridge-", programmes[1].Slug, StringComparison.Ordinal);
        Assert.Equal("womens-circle", programmes[2].Slug);
        Assert.All(programmes, p => Assert.Equal(organisationId, p.OwnerOrganisationId));
        Assert.Equal(["de", "ar"], programmes[0].Languages);
        Assert.Equal(0.3, programmes[0].MatchingWeights.Language);
        var organisation = await db.Organisations.SingleAsync();
        Assert.Equal("bruecken-berlin", organisation.Slug);
        Assert.Equal(["https://www.bruecken-berlin.example.org"], organisation.Widget.AllowedOrigins);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.Zero), organisation.CreatedAt);
    }

    private static async Task EditedMigration_IsRefused(DatabaseProviderKind provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.Migrator.MigrateAsync(targetVersion: 1);
        await database.ExecuteAsync("UPDATE schema_migrations SET checksum = 'edited' WHERE version = 1;");

        var error = await Assert.ThrowsAsync<MigrationException>(() => database.Migrator.MigrateAsync());

        Assert.Contains("0001_initial_schema", error.Message, StringComparison.Ordinal);
        Assert.Contains("must never be edited", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, await database.ScalarAsync("SELECT COUNT(*) FROM schema_migrations;"));
    }

    private static async Task DatabaseNewerThanBuild_IsRefused(DatabaseProviderKind provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.Migrator.MigrateAsync();
        await database.ExecuteAsync(
            "INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (3, 'from_the_future', 'x', @at);",
            ("@at", DateTimeOffset.UtcNow));

        var error = await Assert.ThrowsAsync<MigrationException>(() => database.Migrator.MigrateAsync());

        Assert.Contains("this build knows only 2", error.Message, StringComparison.Ordinal);
    }

    private static async Task TwoMigratorsAtOnce_ApplyEachMigrationOnce(DatabaseProviderKind provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        // Two migrators with their own connections, as two processes starting together would be.
        var reports = await Task.WhenAll(
            Task.Run(() => database.Migrator.MigrateAsync()),
            Task.Run(() => database.Migrator.MigrateAsync()));

        Assert.Equal([1, 2], reports.SelectMany(r => r.Applied).Select(m => m.Version).Order());
        Assert.Equal(2, await database.ScalarAsync("SELECT COUNT(*) FROM schema_migrations;"));
    }

    /// <summary>Rows written as a build at version 1 wrote them: raw SQL, in each provider's storage formats.</summary>
    private static Task InsertVersion1Organisation(TestDatabase database, Guid id)
    {
        var createdAt = new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.Zero);
        const string widget = """{"allowedOrigins":["https://www.bruecken-berlin.example.org"],"theme":"light","defaultLanguage":"de","programmeIdsShown":[]}""";
        return database.Provider == DatabaseProviderKind.Sqlite
            ? database.ExecuteAsync(
                """INSERT INTO organisations (id, slug, kind, name, country_code, widget, created_at) VALUES (@id, 'bruecken-berlin', 'Ngo', 'Brücken Berlin e.V.', 'DE', @widget, @created);""",
                ("@id", id.ToString().ToUpperInvariant()), ("@widget", widget), ("@created", createdAt.UtcTicks))
            : database.ExecuteAsync(
                """INSERT INTO organisations (id, slug, kind, name, country_code, widget, created_at) VALUES (@id, 'bruecken-berlin', 'Ngo', 'Brücken Berlin e.V.', 'DE', CAST(@widget AS jsonb), @created);""",
                ("@id", id), ("@widget", widget), ("@created", createdAt));
    }

    private static Task InsertVersion1Programme(TestDatabase database, Guid id, Guid organisationId, string name)
    {
        const string columns = "id, owner_organisation_id, name, kind, objectives, measurable_outcomes, duration, duration_weeks, formats, languages, interpretation_offered, capacity, required_trainings, matching_weights, proposal_window_days, is_public, created_at";
        const string weights = """{"language":0.3,"sector":0.25,"background":0.1,"availability":0.2,"format":0.15}""";
        var createdAt = new DateTimeOffset(2024, 6, 1, 10, 0, 0, TimeSpan.Zero);
        return database.Provider == DatabaseProviderKind.Sqlite
            ? database.ExecuteAsync(
                $"""INSERT INTO programmes ({columns}) VALUES (@id, @owner, @name, 'Professional', '[]', '[]', 'LongTerm', 26, 3, '["de","ar"]', 1, 40, '[]', @weights, 7, 1, @created);""",
                ("@id", id.ToString().ToUpperInvariant()), ("@owner", organisationId.ToString().ToUpperInvariant()), ("@name", name), ("@weights", weights), ("@created", createdAt.UtcTicks))
            : database.ExecuteAsync(
                $$"""INSERT INTO programmes ({{columns}}) VALUES (@id, @owner, @name, 'Professional', '{}', '{}', 'LongTerm', 26, 3, '{de,ar}', true, 40, '{}', CAST(@weights AS jsonb), 7, true, @created);""",
                ("@id", id), ("@owner", organisationId), ("@name", name), ("@weights", weights), ("@created", createdAt));
    }
}
