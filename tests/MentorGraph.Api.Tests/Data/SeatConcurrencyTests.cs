using MentorGraph.Api.Data;
using MentorGraph.Api.Features.Events;
using MentorGraph.Api.Features.Mentorships;
using MentorGraph.Api.Features.Opportunities;
using MentorGraph.Api.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentorGraph.Api.Tests.Data;

/// <summary>
/// Nothing is oversold: 200 people press the button at once for 10 seats of an event, an
/// opportunity or a mentor's capacity, and exactly 10 get one. A failure leaves no partial rows.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SeatConcurrencyTests
{
    private const int Attempts = 200;

    [PostgresFact]
    public Task EventWithTenSeats_200Registrations_Confirms10AndWaitlists190_Postgres() => EventWithTenSeats_200Registrations_Confirms10AndWaitlists190(DatabaseProviderKind.Postgres);

    [Fact]
    public Task EventWithTenSeats_200Registrations_Confirms10AndWaitlists190_Sqlite() => EventWithTenSeats_200Registrations_Confirms10AndWaitlists190(DatabaseProviderKind.Sqlite);

    [PostgresFact]
    public Task OpportunityWithTenSeats_200Placements_Places10AndWaitlists190_Postgres() => OpportunityWithTenSeats_200Placements_Places10AndWaitlists190(DatabaseProviderKind.Postgres);

    [Fact]
    public Task OpportunityWithTenSeats_200Placements_Places10AndWaitlists190_Sqlite() => OpportunityWithTenSeats_200Placements_Places10AndWaitlists190(DatabaseProviderKind.Sqlite);

    [PostgresFact]
    public Task MentorWithCapacityTen_200Proposals_Proposes10_Postgres() => MentorWithCapacityTen_200Proposals_Proposes10(DatabaseProviderKind.Postgres);

    [Fact]
    public Task MentorWithCapacityTen_200Proposals_Proposes10_Sqlite() => MentorWithCapacityTen_200Proposals_Proposes10(DatabaseProviderKind.Sqlite);

    [PostgresFact]
    public Task FailedRegistration_LeavesNoPartialRows_Postgres() => FailedRegistration_LeavesNoPartialRows(DatabaseProviderKind.Postgres);

    [Fact]
    public Task FailedRegistration_LeavesNoPartialRows_Sqlite() => FailedRegistration_LeavesNoPartialRows(DatabaseProviderKind.Sqlite);

    [Fact]
    public async Task Cancellation_PromotesTheFirstOnTheWaitingList()
    {
        await using var database = TestDatabase.CreateSqlite();
        var fixture = await SeatFixture.CreateAsync(database, SeatFixture.Seats + 2);
        var registrations = new List<Registration>();
        foreach (var mentee in fixture.MenteeIds)
        {
            registrations.Add((await Register(database, fixture.EventId, mentee)).Registration!);
        }

        var result = await database.InScopeAsync(s => s.GetRequiredService<EventSeats>().CancelAsync(registrations[0].Id));

        Assert.Null(result.Error);
        Assert.Equal(registrations[SeatFixture.Seats].Id, result.Promoted!.Id);
        await using var db = database.CreateContext();
        Assert.Equal(SeatFixture.Seats, (await db.Events.SingleAsync()).ConfirmedCount);
        Assert.Equal(RegistrationStatus.Confirmed, (await db.Registrations.SingleAsync(r => r.Id == registrations[SeatFixture.Seats].Id)).Status);
        Assert.Equal(2, (await db.Registrations.SingleAsync(r => r.Id == registrations[SeatFixture.Seats + 1].Id)).WaitlistPosition);
    }

    [Fact]
    public async Task SecondRegistrationOfTheSameMentee_IsRefused()
    {
        await using var database = TestDatabase.CreateSqlite();
        var fixture = await SeatFixture.CreateAsync(database, 1);

        await Register(database, fixture.EventId, fixture.MenteeIds[0]);
        var second = await Register(database, fixture.EventId, fixture.MenteeIds[0]);

        Assert.Equal(SeatError.AlreadyTaken, second.Error);
        await using var db = database.CreateContext();
        Assert.Equal(1, (await db.Events.SingleAsync()).ConfirmedCount);
        Assert.Equal(1, await db.Registrations.CountAsync());
    }

    private static async Task EventWithTenSeats_200Registrations_Confirms10AndWaitlists190(DatabaseProviderKind provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var fixture = await SeatFixture.CreateAsync(database, Attempts);

        var results = await AllAtOnce(fixture.MenteeIds, mentee => Register(database, fixture.EventId, mentee));

        Assert.All(results, r => Assert.Null(r.Error));
        Assert.Equal(SeatFixture.Seats, results.Count(r => r.Registration!.Status == RegistrationStatus.Confirmed));
        Assert.Equal(Attempts - SeatFixture.Seats, results.Count(r => r.Registration!.Status == RegistrationStatus.Waitlisted));
        Assert.Equal(Enumerable.Range(1, Attempts - SeatFixture.Seats), results.Select(r => r.Registration!.WaitlistPosition).OfType<int>().Order());
        await using var db = database.CreateContext();
        var @event = await db.Events.SingleAsync();
        Assert.Equal(SeatFixture.Seats, @event.ConfirmedCount);
        Assert.Equal(SeatFixture.Seats, await db.Registrations.CountAsync(r => r.Status == RegistrationStatus.Confirmed));
        Assert.Equal(Attempts, await db.Registrations.CountAsync());
    }

    private static async Task OpportunityWithTenSeats_200Placements_Places10AndWaitlists190(DatabaseProviderKind provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var fixture = await SeatFixture.CreateAsync(database, Attempts);

        var results = await AllAtOnce(fixture.ApplicationIds, application =>
            database.InScopeAsync(s => s.GetRequiredService<OpportunitySeats>().PlaceAsync(application)));

        Assert.Equal(SeatFixture.Seats, results.Count(r => r.Placement is not null));
        Assert.Equal(Attempts - SeatFixture.Seats, results.Count(r => r.Error == SeatError.CapacityReached));
        await using var db = database.CreateContext();
        Assert.Equal(SeatFixture.Seats, (await db.Opportunities.SingleAsync()).SeatsTaken);
        Assert.Equal(SeatFixture.Seats, await db.Placements.CountAsync());
        Assert.Equal(SeatFixture.Seats, await db.OpportunityApplications.CountAsync(a => a.Status == OpportunityApplicationStatus.Placed));
        Assert.Equal(Attempts - SeatFixture.Seats, await db.OpportunityApplications.CountAsync(a => a.Status == OpportunityApplicationStatus.Waitlisted));
    }

    private static async Task MentorWithCapacityTen_200Proposals_Proposes10(DatabaseProviderKind provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var fixture = await SeatFixture.CreateAsync(database, Attempts);

        var results = await AllAtOnce(fixture.MenteeIds, mentee =>
            database.InScopeAsync(s => s.GetRequiredService<MentorCapacity>().ProposeAsync(fixture.ProgrammeId, fixture.MentorId, mentee)));

        Assert.Equal(SeatFixture.Seats, results.Count(r => r.Mentorship is not null));
        Assert.Equal(Attempts - SeatFixture.Seats, results.Count(r => r.Error == SeatError.CapacityReached));
        await using var db = database.CreateContext();
        Assert.Equal(SeatFixture.Seats, (await db.Mentors.SingleAsync()).ActiveMenteeCount);
        Assert.Equal(SeatFixture.Seats, await db.Mentorships.CountAsync());
    }

    private static async Task FailedRegistration_LeavesNoPartialRows(DatabaseProviderKind provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var fixture = await SeatFixture.CreateAsync(database, 1);

        // A mentee that does not exist: the seat is taken, then the insert breaks the foreign key.
        await Assert.ThrowsAsync<DbUpdateException>(() => Register(database, fixture.EventId, Guid.NewGuid()));

        await using var db = database.CreateContext();
        var @event = await db.Events.SingleAsync();
        Assert.Equal(0, @event.ConfirmedCount);
        Assert.Equal(0, @event.Version);
        Assert.Equal(0, await db.Registrations.CountAsync());
    }

    private static Task<RegisterForEventResult> Register(TestDatabase database, Guid eventId, Guid menteeId) =>
        database.InScopeAsync(s => s.GetRequiredService<EventSeats>().RegisterAsync(eventId, EventRegistrant.Mentee(menteeId)));

    /// <summary>Starts every attempt on its own thread and scope, released together.</summary>
    private static async Task<TResult[]> AllAtOnce<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, Task<TResult>> attempt)
    {
        using var start = new ManualResetEventSlim(false);
        var tasks = items.Select(item => Task.Run(async () =>
        {
            start.Wait();
            return await attempt(item);
        })).ToList();
        start.Set();
        return await Task.WhenAll(tasks);
    }
}
