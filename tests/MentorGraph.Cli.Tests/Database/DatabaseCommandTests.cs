using MentorGraph.Cli.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace MentorGraph.Cli.Tests.Database;

/// <summary><c>mentorgraph db</c> on a SQLite database in a folder of the test's own.</summary>
public sealed class DatabaseCommandTests : IDisposable
{
    private readonly WorkFolder _folder = new();

    private string DataDirectory => Path.Combine(_folder.Root, "data");

    [Fact]
    public async Task Status_OnANewDatabase_ListsEveryMigrationAsPending_AndExits1()
    {
        var run = await CliRun.RunAsync("db", "status", "--data-directory", DataDirectory);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("0001 initial_schema  pending", run.OutputLines);
        Assert.Contains("0002 programme_slugs  pending", run.OutputLines);
    }

    [Fact]
    public async Task Migrate_ToAVersion_StopsThere_AndAgainAppliesTheRest()
    {
        var first = await CliRun.RunAsync("db", "migrate", "--data-directory", DataDirectory, "--to", "1");
        var second = await CliRun.RunAsync("db", "migrate", "--data-directory", DataDirectory);
        var third = await CliRun.RunAsync("db", "migrate", "--data-directory", DataDirectory);

        Assert.Equal(["applied 0001 initial_schema", "database at version 1"], first.OutputLines);
        Assert.Equal(["applied 0002 programme_slugs", "database at version 2"], second.OutputLines);
        Assert.Equal(["database at version 2"], third.OutputLines);
        Assert.All([first, second, third], run => Assert.Equal(ExitCodes.Success, run.ExitCode));
    }

    [Fact]
    public async Task Seed_WritesTheDemoNetworkOnce()
    {
        var first = await CliRun.RunAsync("db", "seed", "--data-directory", DataDirectory);
        var second = await CliRun.RunAsync("db", "seed", "--data-directory", DataDirectory);

        Assert.Equal(["seeded the demo network"], first.OutputLines);
        Assert.Equal(["the database already has data: nothing seeded"], second.OutputLines);
        Assert.Equal(300, await CountAsync("SELECT COUNT(*) FROM mentors"));
        Assert.Equal(600, await CountAsync("SELECT COUNT(*) FROM mentees"));
    }

    [Fact]
    public async Task UnknownProvider_IsAUsageError_WithTheChoices()
    {
        var run = await CliRun.RunAsync("db", "migrate", "--provider", "Oracle");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Equal("mentorgraph: --provider must be one of Sqlite, Postgres, not \"Oracle\".\n", run.Error);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(DataDirectory, "mentorgraph.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
