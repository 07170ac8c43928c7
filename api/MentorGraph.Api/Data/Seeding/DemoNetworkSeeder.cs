using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Data.Seeding;

/// <summary>
/// Writes the deterministic demo network (<see cref="DemoNetworkGenerator"/>) into an empty
/// database, in one transaction with multi-row INSERTs (<see cref="BulkInsert"/>): the same seed gives the same rows, byte for byte.
/// Called at start-up (<c>Database:SeedDemoNetworkOnStartup</c>) and by <c>mentorgraph db seed</c>.
/// </summary>
public sealed class DemoNetworkSeeder(IDbContextFactory<MentorGraphDbContext> contexts, ILogger<DemoNetworkSeeder> logger)
{
    public const int DefaultSeed = 20250602;

    /// <summary>Seeds the network unless the database already has organisations; says whether it seeded.</summary>
    public async Task<bool> SeedIfEmptyAsync(int seed = DefaultSeed, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Two hosts starting on one empty database must not both seed it.
        await db.Provider.LockForSeedingAsync(db, cancellationToken);
        if (await db.Organisations.AnyAsync(cancellationToken))
        {
            return false;
        }

        var network = DemoNetworkGenerator.Generate(seed);
        var rows = await network.WriteAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Demo network seeded: {Rows} rows", rows);
        return true;
    }
}
