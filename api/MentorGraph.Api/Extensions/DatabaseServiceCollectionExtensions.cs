using MentorGraph.Api.Data;
using MentorGraph.Api.Data.Migrations;
using MentorGraph.Api.Data.Providers;
using MentorGraph.Api.Data.Seeding;
using MentorGraph.Api.Features.Events;
using MentorGraph.Api.Features.Mentorships;
using MentorGraph.Api.Features.Opportunities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MentorGraph.Api.Extensions;

/// <summary>The database, its migrations and demo seed, and the domain operations that count seats.</summary>
public static class DatabaseServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="MentorGraphDbContext"/> (pooled factory, and a scoped context from it),
    /// <see cref="DatabaseMigrator"/>, <see cref="DemoNetworkSeeder"/>, the seat services, and a
    /// hosted service that migrates and seeds at start-up as <see cref="DatabaseOptions"/> says.
    /// </summary>
    public static IServiceCollection AddMentorGraphDatabase(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.SectionName)
            .Configure<IConfiguration>((options, configuration) =>
            {
                options.ConnectionString ??= configuration.GetConnectionString("MentorGraph");
                options.DataDirectory = configuration["MentorGraph:DataDirectory"] is { Length: > 0 } folder ? folder : options.DataDirectory;
            });

        services.TryAddSingleton(TimeProvider.System);
        services.AddPooledDbContextFactory<MentorGraphDbContext>((serviceProvider, builder) =>
        {
            var options = serviceProvider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            var contentRoot = serviceProvider.GetService<IHostEnvironment>()?.ContentRootPath ?? Environment.CurrentDirectory;
            var provider = DatabaseProvider.For(options.Provider);
            provider.Configure(builder, provider.ConnectionStringFor(options, contentRoot));
        });
        services.AddScoped(serviceProvider =>
            serviceProvider.GetRequiredService<IDbContextFactory<MentorGraphDbContext>>().CreateDbContext());

        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<DemoNetworkSeeder>();
        services.AddScoped<EventSeats>();
        services.AddScoped<OpportunitySeats>();
        services.AddScoped<MentorCapacity>();
        services.AddHostedService<DatabaseInitializer>();
        return services;
    }
}
