using System.CommandLine;
using MentorGraph.Api.Data;
using MentorGraph.Api.Data.Migrations;
using MentorGraph.Api.Data.Seeding;
using MentorGraph.Api.Extensions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MentorGraph.Cli.Database;

/// <summary>
/// <c>mentorgraph db migrate|seed|status</c>: the API's database, configured exactly as the API
/// configures it (appsettings.json of the current folder, environment variables such as
/// <c>Database__Provider</c>, <c>ConnectionStrings__MentorGraph</c> and
/// <c>MentorGraph__DataDirectory</c>, and <c>--connection</c>/<c>--provider</c>).
/// </summary>
internal static class DatabaseCommand
{
    public static Command Create()
    {
        var provider = new Option<string>("--provider") { Description = "Sqlite (default) or Postgres.", HelpName = "PROVIDER" };
        var connection = new Option<string>("--connection") { Description = "The connection string (PostgreSQL), or leave out for SQLite in the data folder.", HelpName = "CONNECTION" };
        var dataDirectory = new Option<string>("--data-directory") { Description = "The folder of the SQLite database (default ./data).", HelpName = "DIR" };
        Option[] common = [provider, connection, dataDirectory];

        var target = new Option<int?>("--to") { Description = "Migrate up to this version only.", HelpName = "VERSION" };
        var migrate = new Command("migrate", "Apply the migrations the database has not had yet, in order.") { target };
        var seed = new Option<int>("--seed") { Description = "The random seed of the demo network.", DefaultValueFactory = _ => DemoNetworkSeeder.DefaultSeed };
        var seedCommand = new Command("seed", "Migrate, then write the deterministic demo network into an empty database.") { seed };
        var status = new Command("status", "List the migrations and which of them the database has had.");
        var command = new Command("db", "Migrate and seed the API's database.") { migrate, seedCommand, status };
        foreach (var sub in new[] { migrate, seedCommand, status })
        {
            foreach (var option in common)
            {
                sub.Options.Add(option);
            }
        }

        migrate.SetAction((parseResult, cancellationToken) => MentorGraphCli.InvokeActionAsync(parseResult, async (output, _) =>
        {
            await using var services = BuildServices(parseResult, provider, connection, dataDirectory);
            var report = await Migrate(services, parseResult.GetValue(target), cancellationToken);
            foreach (var applied in report.Applied)
            {
                await output.WriteLineAsync($"applied {applied.Version:D4} {applied.Name}");
            }

            await output.WriteLineAsync($"database at version {report.CurrentVersion}");
            return ExitCodes.Success;
        }));

        seedCommand.SetAction((parseResult, cancellationToken) => MentorGraphCli.InvokeActionAsync(parseResult, async (output, _) =>
        {
            await using var services = BuildServices(parseResult, provider, connection, dataDirectory);
            await Migrate(services, null, cancellationToken);
            var seeded = await services.GetRequiredService<DemoNetworkSeeder>().SeedIfEmptyAsync(parseResult.GetValue(seed), cancellationToken);
            await output.WriteLineAsync(seeded ? "seeded the demo network" : "the database already has data: nothing seeded");
            return ExitCodes.Success;
        }));

        status.SetAction((parseResult, cancellationToken) => MentorGraphCli.InvokeActionAsync(parseResult, async (output, _) =>
        {
            await using var services = BuildServices(parseResult, provider, connection, dataDirectory);
            var migrator = services.GetRequiredService<DatabaseMigrator>();
            var applied = (await migrator.GetAppliedMigrationsAsync(cancellationToken)).ToDictionary(m => m.Version);
            var pending = 0;
            foreach (var migration in await migrator.GetMigrationsAsync(cancellationToken))
            {
                var line = applied.TryGetValue(migration.Version, out var done)
                    ? $"{migration.Version:D4} {migration.Name}  applied {done.AppliedAt:u}"
                    : $"{migration.Version:D4} {migration.Name}  pending";
                pending += applied.ContainsKey(migration.Version) ? 0 : 1;
                await output.WriteLineAsync(line);
            }

            return pending == 0 ? ExitCodes.Success : ExitCodes.Failure;
        }));

        return command;
    }

    private static async Task<MigrationReport> Migrate(IServiceProvider services, int? target, CancellationToken cancellationToken)
    {
        try
        {
            return await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(target, cancellationToken);
        }
        catch (MigrationException exception)
        {
            throw new UsageException(exception.Message);
        }
    }

    private static ServiceProvider BuildServices(ParseResult parseResult, Option<string> provider, Option<string> connection, Option<string> dataDirectory)
    {
        var overrides = new Dictionary<string, string?>();
        if (parseResult.GetValue(provider) is { } providerName)
        {
            if (!Enum.TryParse<DatabaseProviderKind>(providerName, ignoreCase: true, out _))
            {
                throw new UsageException($"--provider must be one of {string.Join(", ", Enum.GetNames<DatabaseProviderKind>())}, not \"{providerName}\".");
            }

            overrides["Database:Provider"] = providerName;
        }

        if (parseResult.GetValue(connection) is { } connectionString)
        {
            overrides["ConnectionStrings:MentorGraph"] = connectionString;
        }

        if (parseResult.GetValue(dataDirectory) is { } folder)
        {
            overrides["MentorGraph:DataDirectory"] = Path.GetFullPath(folder);
        }

        var configuration = new ConfigurationBuilder()
            .SetBasePath(Directory.GetCurrentDirectory())
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides)
            .Build();

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.AddConfiguration(configuration.GetSection("Logging")).SetMinimumLevel(LogLevel.Warning));
        services.AddMentorGraphDatabase();
        return services.BuildServiceProvider();
    }
}
