using System.Text;
using System.Text.Json;
using MentorGraph.Api.Data;
using MentorGraph.Api.Data.Seeding;
using MentorGraph.Api.Features.Events;
using MentorGraph.Api.Features.Mentorships;
using MentorGraph.Api.Features.Opportunities;
using MentorGraph.Api.Features.Organisations;
using MentorGraph.Api.Features.Programmes;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Tests.Data;

/// <summary>The demo network: what it contains, that its counters agree with its rows, and that one seed gives one network.</summary>
[Collection(PostgresCollection.Name)]
public sealed class DemoNetworkSeederTests
{
    [Fact]
    public void Generate_SameSeed_GivesTheSameNetwork()
    {
        var first = JsonSerializer.Serialize(DemoNetworkGenerator.Generate(DemoNetworkSeeder.DefaultSeed));
        var second = JsonSerializer.Serialize(DemoNetworkGenerator.Generate(DemoNetworkSeeder.DefaultSeed));
        var other = JsonSerializer.Serialize(DemoNetworkGenerator.Generate(DemoNetworkSeeder.DefaultSeed + 1));

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public async Task Seed_SameSeed_WritesIdenticalRows()
    {
        await using var first = TestDatabase.CreateSqlite();
        await using var second = TestDatabase.CreateSqlite();
        foreach (var database in new[] { first, second })
        {
            await database.Migrator.MigrateAsync();
            Assert.True(await database.Seeder.SeedIfEmptyAsync());
        }

        Assert.Equal(await DumpAsync(first), await DumpAsync(second));
    }

    [Fact]
    public async Task SeedIfEmpty_OnASeededDatabase_DoesNothing()
    {
        await using var database = TestDatabase.CreateSqlite();
        await database.Migrator.MigrateAsync();
        await database.Seeder.SeedIfEmptyAsync();

        Assert.False(await database.Seeder.SeedIfEmptyAsync());
        Assert.Equal(DemoNetworkGenerator.MentorCount, await database.ScalarAsync("SELECT COUNT(*) FROM mentors;"));
    }

    [Fact]
    public Task Seed_HasTheWholeDemoNetwork_Sqlite() => Seed_HasTheWholeDemoNetwork(DatabaseProviderKind.Sqlite);

    [PostgresFact]
    public Task Seed_HasTheWholeDemoNetwork_Postgres() => Seed_HasTheWholeDemoNetwork(DatabaseProviderKind.Postgres);

    private static async Task Seed_HasTheWholeDemoNetwork(DatabaseProviderKind provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.Migrator.MigrateAsync();
        await database.Seeder.SeedIfEmptyAsync();
        await using var db = database.CreateContext();

        Assert.True(await db.Organisations.CountAsync() >= 8);
        Assert.Equal(Enum.GetValues<OrganisationKind>(), (await db.Organisations.Select(o => o.Kind).Distinct().ToListAsync()).Order());
        Assert.Equal(12, await db.Programmes.CountAsync());
        Assert.Equal(Enum.GetValues<ProgrammeKind>(), (await db.Programmes.Select(p => p.Kind).Distinct().ToListAsync()).Order());
        Assert.True(await db.SectorTracks.Select(t => t.Sector).Distinct().CountAsync() >= 6);
        Assert.Equal(300, await db.Mentors.CountAsync());
        Assert.Equal(600, await db.Mentees.CountAsync());
        var languages = await db.MenteeLanguages.Select(l => l.LanguageCode).Union(db.MentorLanguages.Select(l => l.LanguageCode)).ToListAsync();
        Assert.Empty(new[] { "ar", "prs", "ps", "ti", "uk", "so", "fr", "es", "en", "de" }.Except(languages));
        Assert.Equal(Enum.GetValues<MentorshipStatus>(), (await db.Mentorships.Select(m => m.Status).Distinct().ToListAsync()).Order());
        Assert.True(await db.Mentorships.AnyAsync(m => m.ReplacesMentorshipId != null));
        Assert.True(await db.Goals.CountAsync() > 200);
        Assert.True(await db.Milestones.CountAsync() > 200);
        Assert.True(await db.CheckIns.CountAsync() > 500);
        Assert.True(await db.Feedback.AnyAsync());
        Assert.Equal(40, await db.Events.CountAsync());
        Assert.True(await db.Events.CountAsync(e => e.ConfirmedCount == e.Capacity && e.LastWaitlistPosition > 0) >= 5);
        Assert.Equal(60, await db.Opportunities.CountAsync());
        Assert.True(await db.OpportunityApplications.Select(a => a.OpportunityId).Distinct().CountAsync() >= 50);
        Assert.True(await db.Placements.AnyAsync());
        Assert.True(await db.RecognitionSteps.CountAsync() > 1000);
        Assert.True(await db.Outcomes.CountAsync() > 100);
        Assert.True(await db.Consents.CountAsync() >= 600);
        Assert.True(await db.AuditLog.AnyAsync());
    }

    [Fact]
    public async Task Seed_CountersAgreeWithTheRows()
    {
        await using var database = TestDatabase.CreateSqlite();
        await database.Migrator.MigrateAsync();
        await database.Seeder.SeedIfEmptyAsync();
        await using var db = database.CreateContext();

        foreach (var @event in await db.Events.ToListAsync())
        {
            var registrations = await db.Registrations.Where(r => r.EventId == @event.Id).ToListAsync();
            Assert.Equal(registrations.Count(r => r.Status == RegistrationStatus.Confirmed), @event.ConfirmedCount);
            Assert.True(@event.ConfirmedCount <= @event.Capacity);
            Assert.Equal(registrations.Where(r => r.Status == RegistrationStatus.Waitlisted).Select(r => r.WaitlistPosition!.Value).DefaultIfEmpty(0).Max(), @event.LastWaitlistPosition);
        }

        foreach (var opportunity in await db.Opportunities.ToListAsync())
        {
            Assert.Equal(await db.Placements.CountAsync(p => p.OpportunityId == opportunity.Id), opportunity.SeatsTaken);
            Assert.True(opportunity.SeatsTaken <= opportunity.Seats);
        }

        var open = new[] { MentorshipStatus.Proposed, MentorshipStatus.Active, MentorshipStatus.Paused };
        foreach (var mentor in await db.Mentors.ToListAsync())
        {
            Assert.Equal(await db.Mentorships.CountAsync(m => m.MentorId == mentor.Id && open.Contains(m.Status)), mentor.ActiveMenteeCount);
            Assert.True(mentor.ActiveMenteeCount <= mentor.Capacity);
        }

        // Every application shared with an employer rests on a consent for that purpose.
        Assert.False(await db.OpportunityApplications.AnyAsync(a =>
            !db.Consents.Any(c => c.Id == a.ConsentId && c.MenteeId == a.MenteeId && c.Purpose == MentorGraph.Api.Features.Consents.ConsentPurpose.ShareWithEmployer)));
    }

    /// <summary>Every row of every table, in a stable order, as text.</summary>
    private static async Task<string> DumpAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var text = new StringBuilder();
        foreach (var table in db.Model.GetEntityTypes().Select(e => e.GetTableName()!).Distinct().Order(StringComparer.Ordinal))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1, 2;";
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
            {
                var values = new object[reader.FieldCount];
                reader.GetValues(values);
                rows.Add(string.Join('|', values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))));
            }

            text.Append(table).Append(": ").Append(rows.Count).Append('\n');
            foreach (var row in rows)
            {
                text.Append(row).Append('\n');
            }
        }

        return text.ToString();
    }
}
