using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Sqlite.Infrastructure.Internal;

namespace MentorGraph.Api.Data.Providers;

/// <summary>
/// Everything that differs between the databases MentorGraph runs on, in one place: how EF is
/// configured, how instants and JSON are stored, how migrations are locked, and how the catalog
/// is read. Adding a provider (SQL Server, say) is one subclass and one folder of migrations.
/// </summary>
public abstract class DatabaseProvider
{
    public abstract DatabaseProviderKind Kind { get; }

    /// <summary>The folder of this provider's scripts under <c>Data/Migrations/</c>.</summary>
    public string MigrationsFolder => Kind.ToString();

    public static DatabaseProvider For(DatabaseProviderKind kind) => kind switch
    {
        DatabaseProviderKind.Sqlite => SqliteDatabaseProvider.Instance,
        DatabaseProviderKind.Postgres => PostgresDatabaseProvider.Instance,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown database provider."),
    };

    /// <summary>The provider an already configured context uses.</summary>
    public static DatabaseProvider For(IDbContextOptions options)
    {
#pragma warning disable EF1001 // The provider's options extension is the only sure sign of which provider a context uses.
        return options.FindExtension<SqliteOptionsExtension>() is not null
            ? SqliteDatabaseProvider.Instance
            : PostgresDatabaseProvider.Instance;
#pragma warning restore EF1001
    }

    public static DatabaseProvider For(DbContext context) =>
        For(context.GetService<IDbContextOptions>());

    /// <summary>Points EF at the database.</summary>
    public abstract void Configure(DbContextOptionsBuilder builder, string connectionString);

    /// <summary>The connection string for <paramref name="options"/>, resolving relative paths against <paramref name="contentRoot"/>.</summary>
    public abstract string ConnectionStringFor(DatabaseOptions options, string contentRoot);

    /// <summary>Type mappings that differ per provider, applied before the model is built.</summary>
    public abstract void ConfigureConventions(ModelConfigurationBuilder configurationBuilder);

    /// <summary>Column types that differ per provider, applied after the entity configurations.</summary>
    public abstract void ConfigureModel(ModelBuilder modelBuilder);

    /// <summary>Makes sure the database can be opened (the SQLite folder exists) before the first connection.</summary>
    public virtual void PrepareStorage(string connectionString)
    {
    }

    /// <summary>SQL creating the migration history table if it is missing.</summary>
    public abstract string CreateMigrationHistoryTableSql { get; }

    /// <summary>
    /// Takes the lock that keeps two processes from migrating at once, held until
    /// <see cref="ReleaseMigrationLockAsync"/>.
    /// </summary>
    public abstract Task AcquireMigrationLockAsync(DbConnection connection, CancellationToken cancellationToken);

    public abstract Task ReleaseMigrationLockAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>
    /// Within a transaction that is about to write, makes writers that need the same decision
    /// (seeding an empty database) wait for each other.
    /// </summary>
    public abstract Task LockForSeedingAsync(DbContext context, CancellationToken cancellationToken);

    /// <summary>Every column of every table of the application, as the database's catalog has it.</summary>
    public abstract Task<IReadOnlyList<DatabaseColumn>> ReadColumnsAsync(DbConnection connection, CancellationToken cancellationToken);

    protected static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
