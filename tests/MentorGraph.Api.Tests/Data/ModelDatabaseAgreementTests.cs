using MentorGraph.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace MentorGraph.Api.Tests.Data;

/// <summary>
/// The EF model and the migrated database cannot drift apart: every table and column EF
/// expects exists with the same nullability, and the database has no column EF does not know.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ModelDatabaseAgreementTests
{
    [Fact]
    public Task MigratedSchema_MatchesTheModel_Sqlite() => MigratedSchema_MatchesTheModel(DatabaseProviderKind.Sqlite);

    [PostgresFact]
    public Task MigratedSchema_MatchesTheModel_Postgres() => MigratedSchema_MatchesTheModel(DatabaseProviderKind.Postgres);

    private static async Task MigratedSchema_MatchesTheModel(DatabaseProviderKind provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.Migrator.MigrateAsync();
        await using var db = database.CreateContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var actual = (await db.Provider.ReadColumnsAsync(connection, CancellationToken.None))
            .Where(c => c.Table != "schema_migrations")
            .ToDictionary(c => $"{c.Table}.{c.Column}", c => c.IsNullable);

        var expected = new Dictionary<string, bool>();
        foreach (var entity in db.Model.GetEntityTypes())
        {
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            foreach (var property in entity.GetProperties())
            {
                expected[$"{table.Name}.{property.GetColumnName(table)}"] = property.IsColumnNullable(table);
            }
        }

        var problems = new List<string>();
        problems.AddRange(expected.Keys.Except(actual.Keys).Order().Select(column => $"missing in the database: {column}"));
        problems.AddRange(actual.Keys.Except(expected.Keys).Order().Select(column => $"not in the EF model: {column}"));
        problems.AddRange(expected.Where(e => actual.TryGetValue(e.Key, out var nullable) && nullable != e.Value)
            .Select(e => $"nullability differs: {e.Key} is {(e.Value ? "nullable" : "required")} in the model"));
        Assert.True(problems.Count == 0, $"Migrations and the EF model disagree ({provider}):\n" + string.Join('\n', problems));
        Assert.True(expected.Count > 250, $"Only {expected.Count} columns compared: is the model loaded?");
    }
}
