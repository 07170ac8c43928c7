using MentorGraph.Api.Data;
using MentorGraph.Api.Data.Migrations;
using MentorGraph.Api.Data.Seeding;
using MentorGraph.Api.Extensions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace MentorGraph.Api.Tests.Data;

/// <summary>
/// A new, empty database for one test, wired exactly as the host wires it
/// (<see cref="DatabaseServiceCollectionExtensions.AddMentorGraphDatabase"/>): a SQLite file in
/// a temporary data directory, or a database of its own in the test PostgreSQL cluster that
/// <c>./test.sh</c> starts (<see cref="PostgresFactAttribute.ConnectionStringVariable"/>).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _directory;
    private readonly string? _postgresName;

    private TestDatabase(DatabaseProviderKind provider, ServiceProvider services, string? directory, string? postgresName)
    {
        Provider = provider;
        Services = services;
        _directory = directory;
        _postgresName = postgresName;
    }

    public DatabaseProviderKind Provider { get; }

    public ServiceProvider Services { get; }

    public DatabaseMigrator Migrator => Services.GetRequiredService<DatabaseMigrator>();

    public DemoNetworkSeeder Seeder => Services.GetRequiredService<DemoNetworkSeeder>();

    public static Task<TestDatabase> CreateAsync(DatabaseProviderKind provider) =>
        provider == DatabaseProviderKind.Sqlite ? Task.FromResult(CreateSqlite()) : CreatePostgresAsync();

    public static TestDatabase CreateSqlite()
    {
        var directory = Path.Combine(Path.GetTempPath(), "mentorgraph-tests", Guid.NewGuid().ToString("N"));
        return new TestDatabase(DatabaseProviderKind.Sqlite, Build(new()
        {
            ["Database:Provider"] = "Sqlite",
            ["MentorGraph:DataDirectory"] = directory,
        }), directory, null);
    }

    public static async Task<TestDatabase> CreatePostgresAsync()
    {
        var server = PostgresFactAttribute.RequireConnectionString();
        var name = "mentorgraph_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = 60 }.ConnectionString;
        return new TestDatabase(DatabaseProviderKind.Postgres, Build(new()
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:MentorGraph"] = connectionString,
        }), null, name);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        settings["Database:MigrateOnStartup"] = "false";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddMentorGraphDatabase()
            .BuildServiceProvider();
    }

    public MentorGraphDbContext CreateContext() =>
        Services.GetRequiredService<IDbContextFactory<MentorGraphDbContext>>().CreateDbContext();

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    /// <summary>Runs one SQL statement and returns the first column of the first row.</summary>
    public async Task<long> ScalarAsync(string sql)
    {
        await using var db = CreateContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var db = CreateContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_directory is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // A file still open elsewhere: the temporary folder is cleaned by the system.
            }
        }

        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(PostgresFactAttribute.RequireConnectionString());
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
