using MentorGraph.Api.Data.Migrations;
using MentorGraph.Api.Data.Seeding;
using Microsoft.Extensions.Options;

namespace MentorGraph.Api.Data;

/// <summary>
/// At start-up, before the host takes requests: applies pending migrations and seeds the demo
/// network into an empty database, each when <see cref="DatabaseOptions"/> asks for it (by
/// default with SQLite, so that <c>dotnet run</c> answers from a populated database at once).
/// </summary>
public sealed class DatabaseInitializer(
    IOptions<DatabaseOptions> options,
    DatabaseMigrator migrator,
    DemoNetworkSeeder seeder,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.ShouldMigrateOnStartup)
        {
            var report = await migrator.MigrateAsync(cancellationToken: cancellationToken);
            logger.LogInformation("Database ({Provider}) at migration {Version}; {Count} applied now", settings.Provider, report.CurrentVersion, report.Applied.Count);
        }

        if (settings.ShouldSeedDemoNetworkOnStartup && await seeder.SeedIfEmptyAsync(cancellationToken: cancellationToken))
        {
            logger.LogInformation("Seeded the demo network (seed {Seed})", DemoNetworkSeeder.DefaultSeed);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
