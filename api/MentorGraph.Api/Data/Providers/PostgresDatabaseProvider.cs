using System.Data.Common;
using MentorGraph.Api.Data.Conversions;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Data.Providers;

/// <summary>PostgreSQL 15 or later: production and docker-compose.</summary>
public sealed class PostgresDatabaseProvider : DatabaseProvider
{
    public static readonly PostgresDatabaseProvider Instance = new();

    /// <summary>Any fixed number: the key of the advisory lock that serialises migrations and seeding.</summary>
    private const long MigrationLockKey = 0x4D656E746F72;

    private PostgresDatabaseProvider()
    {
    }

    public override DatabaseProviderKind Kind => DatabaseProviderKind.Postgres;

    public override void Configure(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString);

    public override string ConnectionStringFor(DatabaseOptions options, string contentRoot) =>
        string.IsNullOrWhiteSpace(options.ConnectionString)
            ? throw new InvalidOperationException(
                "Database:Provider is Postgres but no connection string is configured: set ConnectionStrings:MentorGraph (env ConnectionStrings__MentorGraph).")
            : options.ConnectionString;

    public override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcConverter>();

    public override void ConfigureModel(ModelBuilder modelBuilder)
    {
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(entity => entity.GetProperties()))
        {
            if (property.FindAnnotation(JsonColumn.Annotation) is not null)
            {
                property.SetColumnType("jsonb");
            }
        }
    }

    public override string CreateMigrationHistoryTableSql => """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version integer NOT NULL PRIMARY KEY,
            name text NOT NULL,
            checksum text NOT NULL,
            applied_at timestamp with time zone NOT NULL
        );
        """;

    /// <summary>A session-level advisory lock: a second migrating process waits here until the first is done.</summary>
    public override Task AcquireMigrationLockAsync(DbConnection connection, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, $"SELECT pg_advisory_lock({MigrationLockKey});", cancellationToken);

    public override Task ReleaseMigrationLockAsync(DbConnection connection, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, $"SELECT pg_advisory_unlock({MigrationLockKey});", cancellationToken);

    /// <summary>A transaction-level advisory lock, released at commit or rollback.</summary>
    public override Task LockForSeedingAsync(DbContext context, CancellationToken cancellationToken) =>
        context.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({MigrationLockKey + 1});", cancellationToken);

    public override async Task<IReadOnlyList<DatabaseColumn>> ReadColumnsAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT c.table_name, c.column_name,
                   CASE WHEN c.data_type = 'ARRAY' THEN substr(c.udt_name, 2) || '[]' ELSE c.data_type END,
                   c.is_nullable = 'YES'
            FROM information_schema.columns AS c
            WHERE c.table_schema = current_schema()
            ORDER BY c.table_name, c.ordinal_position;
            """;
        var columns = new List<DatabaseColumn>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            columns.Add(new DatabaseColumn(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetBoolean(3)));
        }

        return columns;
    }
}
