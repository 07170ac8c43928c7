using System.Data.Common;
using MentorGraph.Api.Data.Conversions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Data.Providers;

/// <summary>SQLite: a file in the data directory.</summary>
public sealed class SqliteDatabaseProvider : DatabaseProvider
{
    public static readonly SqliteDatabaseProvider Instance = new();

    private SqliteDatabaseProvider()
    {
    }

    public override DatabaseProviderKind Kind => DatabaseProviderKind.Sqlite;

    public override void Configure(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString);

    public override string ConnectionStringFor(DatabaseOptions options, string contentRoot)
    {
        var folder = Path.GetFullPath(options.DataDirectory, contentRoot);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(folder, DatabaseOptions.SqliteFileName),
            ForeignKeys = true,
            Pooling = true,
            // Writers queue behind one another rather than fail: seat counting relies on it.
            DefaultTimeout = 60,
        }.ToString();
    }

    public override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcTicksConverter>();

    public override void ConfigureModel(ModelBuilder modelBuilder)
    {
    }

    public override void PrepareStorage(string connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder) && file != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }
    }

    public override string CreateMigrationHistoryTableSql => """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version INTEGER NOT NULL PRIMARY KEY,
            name TEXT NOT NULL,
            checksum TEXT NOT NULL,
            applied_at TEXT NOT NULL
        );
        """;

    /// <summary>
    /// Write-ahead logging lets readers go on while a migration or a seat is being written. No
    /// lock is taken here: each migration runs in a <c>BEGIN IMMEDIATE</c> transaction (the
    /// default of Microsoft.Data.Sqlite), which already admits one writer at a time, and the
    /// history is re-read inside it.
    /// </summary>
    public override Task AcquireMigrationLockAsync(DbConnection connection, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, "PRAGMA journal_mode = WAL;", cancellationToken);

    public override Task ReleaseMigrationLockAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>EF's transactions on SQLite are <c>BEGIN IMMEDIATE</c>: the transaction is the lock.</summary>
    public override Task LockForSeedingAsync(DbContext context, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public override async Task<IReadOnlyList<DatabaseColumn>> ReadColumnsAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT m.name, c.name, c.type, c."notnull"
            FROM sqlite_master AS m, pragma_table_info(m.name) AS c
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'
            ORDER BY m.name, c.cid;
            """;
        var columns = new List<DatabaseColumn>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            columns.Add(new DatabaseColumn(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3) == 0));
        }

        return columns;
    }
}
