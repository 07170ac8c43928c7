using System.Data.Common;
using MentorGraph.Api.Data.Providers;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Data.Migrations;

/// <summary>
/// Applies this build's SQL migrations in version order, each in its own transaction with its
/// row in <c>schema_migrations</c> (version, name, checksum, applied at). Refuses to run when
/// an applied migration's checksum changed or the database is newer than this build: a
/// migration, once shipped, is never edited; a change is a new migration.
/// Called at start-up (<c>Database:MigrateOnStartup</c>) and by <c>mentorgraph db migrate</c>.
/// </summary>
public sealed class DatabaseMigrator(IDbContextFactory<MentorGraphDbContext> contexts, ILogger<DatabaseMigrator> logger)
{
    /// <summary>Applies every pending migration, or those up to <paramref name="targetVersion"/>.</summary>
    public async Task<MigrationReport> MigrateAsync(int? targetVersion = null, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var provider = context.Provider;
        var migrations = MigrationScripts.For(provider.Kind);
        var target = targetVersion ?? migrations.Count;
        if (target < 0 || target > migrations.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(targetVersion), targetVersion, $"This build has migrations 1 to {migrations.Count}.");
        }

        var connection = context.Database.GetDbConnection();
        provider.PrepareStorage(connection.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await provider.AcquireMigrationLockAsync(connection, cancellationToken);
        try
        {
            await ExecuteAsync(connection, null, provider.CreateMigrationHistoryTableSql, cancellationToken);
            var applied = new List<Migration>();
            while (true)
            {
                // The history is read again inside each transaction: another process may have
                // migrated while this one waited for the lock.
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                var history = await ReadHistoryAsync(connection, transaction, cancellationToken);
                Verify(history, migrations, provider);
                var next = migrations.FirstOrDefault(m => m.Version > history.Count && m.Version <= target);
                if (next is null)
                {
                    await transaction.CommitAsync(cancellationToken);
                    return new MigrationReport(applied, history.Count);
                }

                logger.LogInformation("Applying migration {Version:D4}_{Name} ({Provider})", next.Version, next.Name, provider.Kind);
                await ExecuteAsync(connection, transaction, next.Sql, cancellationToken);
                await using (var record = connection.CreateCommand())
                {
                    record.Transaction = transaction;
                    record.CommandText = "INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (@version, @name, @checksum, @applied_at);";
                    AddParameter(record, "@version", next.Version);
                    AddParameter(record, "@name", next.Name);
                    AddParameter(record, "@checksum", next.Checksum);
                    AddParameter(record, "@applied_at", DateTimeOffset.UtcNow);
                    await record.ExecuteNonQueryAsync(cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
                applied.Add(next);
            }
        }
        finally
        {
            await provider.ReleaseMigrationLockAsync(connection, CancellationToken.None);
            await connection.CloseAsync();
        }
    }

    /// <summary>The migrations the database has applied, oldest first; empty for a new database.</summary>
    public async Task<IReadOnlyList<AppliedMigration>> GetAppliedMigrationsAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var connection = context.Database.GetDbConnection();
        context.Provider.PrepareStorage(connection.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        try
        {
            await ExecuteAsync(connection, null, context.Provider.CreateMigrationHistoryTableSql, cancellationToken);
            return await ReadHistoryAsync(connection, null, cancellationToken);
        }
        finally
        {
            await connection.CloseAsync();
        }
    }

    /// <summary>This build's migrations for the configured provider.</summary>
    public async Task<IReadOnlyList<Migration>> GetMigrationsAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return MigrationScripts.For(context.Provider.Kind);
    }

    private static void Verify(IReadOnlyList<AppliedMigration> history, IReadOnlyList<Migration> migrations, DatabaseProvider provider)
    {
        for (var i = 0; i < history.Count; i++)
        {
            var applied = history[i];
            if (applied.Version != i + 1)
            {
                throw new MigrationException($"schema_migrations is not a sequence 1, 2, 3...: found version {applied.Version} at position {i + 1}.");
            }

            if (applied.Version > migrations.Count)
            {
                throw new MigrationException(
                    $"The database is at migration {history.Count} ({history[^1].Name}) but this build knows only {migrations.Count}: run a newer build.");
            }

            var known = migrations[i];
            if (!string.Equals(known.Checksum, applied.Checksum, StringComparison.Ordinal))
            {
                throw new MigrationException(
                    $"Migration {known.Version:D4}_{known.Name} was applied with checksum {applied.Checksum} but this build's {provider.Kind} script has {known.Checksum}: "
                    + "an applied migration must never be edited; restore it and add a new migration instead.");
            }
        }
    }

    private static async Task<IReadOnlyList<AppliedMigration>> ReadHistoryAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT version, name, checksum, applied_at FROM schema_migrations ORDER BY version;";
        var history = new List<AppliedMigration>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            history.Add(new AppliedMigration(
                Convert.ToInt32(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetFieldValue<DateTimeOffset>(3)));
        }

        return history;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 600;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
