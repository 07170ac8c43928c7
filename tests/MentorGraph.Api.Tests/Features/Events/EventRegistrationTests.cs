using System.Text.Json;
using MentorGraph.Api.Features.Events;
using MentorGraph.Api.Features.Organisations;
using MentorGraph.Api.GraphQL.Relay;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Tests.Features.Events;

/// <summary>registerForEvent and cancelRegistration over HTTP: seats, the waiting list, and who may register whom.</summary>
public sealed class EventRegistrationTests(EventsApiFactory factory) : IClassFixture<EventsApiFactory>
{
    private const string Register = """
        mutation($input: RegisterForEventInput!) {
          registerForEvent(input: $input) {
            registration { id status waitlistPosition event { id seatsLeft waitlistLength } }
            errors { __typename ... on Error { message } ... on ValidationError { field code } ... on NotFoundError { id } }
          }
        }
        """;

    private const string Cancel = """
        mutation($input: CancelRegistrationInput!) {
          cancelRegistration(input: $input) {
            cancellation { registration { status } promoted { id status waitlistPosition } }
            errors { __typename }
          }
        }
        """;

    [Fact]
    public async Task RegisterForEvent_BeyondCapacity_PutsMenteesOnTheWaitingListInOrder()
    {
        var scene = await SceneAsync(capacity: 1);

        var first = await RegisterAsync(scene.EventId, $"mentee={scene.Mentees[0]}");
        var second = await RegisterAsync(scene.EventId, $"mentee={scene.Mentees[1]}");
        var third = await RegisterAsync(scene.EventId, $"mentee={scene.Mentees[2]}");

        Assert.Equal("CONFIRMED", first.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("waitlistPosition").ValueKind);
        Assert.Equal(("WAITLISTED", 1), (second.GetProperty("status").GetString(), second.GetProperty("waitlistPosition").GetInt32()));
        Assert.Equal(("WAITLISTED", 2), (third.GetProperty("status").GetString(), third.GetProperty("waitlistPosition").GetInt32()));
        Assert.Equal(0, third.GetProperty("event").GetProperty("seatsLeft").GetInt32());
        Assert.Equal(2, third.GetProperty("event").GetProperty("waitlistLength").GetInt32());
    }

    [Fact]
    public async Task CancelRegistration_OfAConfirmedSeat_PromotesTheFirstOnTheWaitingList()
    {
        var scene = await SceneAsync(capacity: 1);
        var confirmed = await RegisterAsync(scene.EventId, $"mentee={scene.Mentees[0]}");
        var waiting = await RegisterAsync(scene.EventId, $"mentee={scene.Mentees[1]}");
        await RegisterAsync(scene.EventId, $"mentee={scene.Mentees[2]}");

        using var body = await GraphQLClient.PostAsync(
            factory.CreateClient(), Cancel, new { input = new { registrationId = confirmed.GetProperty("id").GetString() } }, $"mentee={scene.Mentees[0]}");

        var cancellation = body.RootElement.GetProperty("data").GetProperty("cancelRegistration").GetProperty("cancellation");
        Assert.Equal("CANCELLED", cancellation.GetProperty("registration").GetProperty("status").GetString());
        Assert.Equal(
            $$"""{"id":"{{waiting.GetProperty("id").GetString()}}","status":"CONFIRMED","waitlistPosition":null}""",
            cancellation.GetProperty("promoted").GetRawText());
        await using var db = factory.CreateDbContext();
        Assert.Equal(1, await db.Events.Where(e => e.Id == scene.EventId).Select(e => e.ConfirmedCount).SingleAsync());
    }

    [Fact]
    public async Task CancelRegistration_OfSomeoneElse_IsNotFound()
    {
        var scene = await SceneAsync(capacity: 5);
        var registration = await RegisterAsync(scene.EventId, $"mentee={scene.Mentees[0]}");

        using var body = await GraphQLClient.PostAsync(
            factory.CreateClient(), Cancel, new { input = new { registrationId = registration.GetProperty("id").GetString() } }, $"mentee={scene.Mentees[1]}");

        Assert.Equal(
            """{"cancellation":null,"errors":[{"__typename":"NotFoundError"}]}""",
            body.RootElement.GetProperty("data").GetProperty("cancelRegistration").GetRawText());
    }

    [Fact]
    public async Task RegisterForEvent_Twice_IsAValidationErrorAndTakesNoSecondSeat()
    {
        var scene = await SceneAsync(capacity: 5);
        await RegisterAsync(scene.EventId, $"mentee={scene.Mentees[0]}");

        using var body = await PostRegisterAsync(new { eventId = scene.EventGlobalId }, $"mentee={scene.Mentees[0]}");

        var error = Assert.Single(body.RootElement.GetProperty("data").GetProperty("registerForEvent").GetProperty("errors").EnumerateArray());
        Assert.Equal("ALREADY_REGISTERED", error.GetProperty("code").GetString());
        await using var db = factory.CreateDbContext();
        Assert.Equal(1, await db.Registrations.CountAsync(r => r.EventId == scene.EventId));
        Assert.Equal(1, await db.Events.Where(e => e.Id == scene.EventId).Select(e => e.ConfirmedCount).SingleAsync());
    }

    [Fact]
    public async Task RegisterForEvent_ByACoordinatorOfTheOrganiser_RegistersTheirApplicant()
    {
        var scene = await SceneAsync(capacity: 5);

        using var body = await PostRegisterAsync(
            new { eventId = scene.EventGlobalId, menteeId = GlobalId.Encode("Mentee", scene.Applicant) },
            $"staff={scene.CoordinatorId};org={scene.OrganiserId}");

        var payload = body.RootElement.GetProperty("data").GetProperty("registerForEvent");
        Assert.Equal("CONFIRMED", payload.GetProperty("registration").GetProperty("status").GetString());
    }

    [Fact]
    public async Task RegisterForEvent_OfAnotherMentee_ByAMentee_IsNotFound()
    {
        var scene = await SceneAsync(capacity: 5);
        var other = GlobalId.Encode("Mentee", scene.Mentees[1]);

        using var body = await PostRegisterAsync(new { eventId = scene.EventGlobalId, menteeId = other }, $"mentee={scene.Mentees[0]}");

        Assert.Equal(
            $$"""{"registration":null,"errors":[{"__typename":"NotFoundError","message":"Nothing with the ID \"{{other}}\" was found.","id":"{{other}}"}]}""",
            body.RootElement.GetProperty("data").GetProperty("registerForEvent").GetRawText());
    }

    [Fact]
    public async Task RegisterForEvent_Anonymously_IsForbidden()
    {
        var scene = await SceneAsync(capacity: 5);

        using var body = await PostRegisterAsync(new { eventId = scene.EventGlobalId }, caller: null);

        var error = Assert.Single(body.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("FORBIDDEN", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task RegisterForEvent_UnknownEvent_IsNotFound()
    {
        var scene = await SceneAsync(capacity: 5);
        var unknown = GlobalId.Encode("Event", Guid.NewGuid());

        using var body = await PostRegisterAsync(new { eventId = unknown }, $"mentee={scene.Mentees[0]}");

        var error = Assert.Single(body.RootElement.GetProperty("data").GetProperty("registerForEvent").GetProperty("errors").EnumerateArray());
        Assert.Equal(("NotFoundError", unknown), (error.GetProperty("__typename").GetString(), error.GetProperty("id").GetString()));
    }

    private async Task<JsonElement> RegisterAsync(Guid eventId, string caller)
    {
        using var body = await PostRegisterAsync(new { eventId = GlobalId.Encode("Event", eventId) }, caller);
        var payload = body.RootElement.GetProperty("data").GetProperty("registerForEvent");
        Assert.Equal(0, payload.GetProperty("errors").GetArrayLength());
        return payload.GetProperty("registration").Clone();
    }

    private Task<JsonDocument> PostRegisterAsync(object input, string? caller) =>
        GraphQLClient.PostAsync(factory.CreateClient(), Register, new { input }, caller);

    /// <summary>A fresh public event of a partner with a coordinator and an applicant, and three mentees who are not registered.</summary>
    private async Task<Scene> SceneAsync(int capacity)
    {
        await using var db = factory.CreateDbContext();
        var application = await db.Applications.AsNoTracking()
            .Where(a => db.StaffMembers.Any(s => s.OrganisationId == a.OrganisationId && s.Role == StaffRole.Coordinator)
                && db.Programmes.Any(p => p.Id == a.ProgrammeId && p.OwnerOrganisationId == a.OrganisationId))
            .OrderBy(a => a.Id)
            .FirstAsync();
        var coordinator = await db.StaffMembers.AsNoTracking()
            .Where(s => s.OrganisationId == application.OrganisationId && s.Role == StaffRole.Coordinator)
            .OrderBy(s => s.Id)
            .FirstAsync();
        var mentees = await db.Mentees.AsNoTracking().OrderBy(m => m.Id).Select(m => m.Id).Take(3).ToListAsync();
        var startsAt = DateTimeOffset.UtcNow.AddDays(7);
        var evt = new Event
        {
            Id = Guid.NewGuid(),
            OrganiserOrganisationId = application.OrganisationId,
            Kind = EventKind.Workshop,
            Title = "CV clinic",
            StartsAt = startsAt,
            EndsAt = startsAt.AddHours(2),
            TimeZone = "Europe/Berlin",
            Capacity = capacity,
            IsPublic = true,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        db.Events.Add(evt);
        await db.SaveChangesAsync();
        return new Scene(evt.Id, application.OrganisationId, coordinator.Id, application.MenteeId, mentees);
    }

    private sealed record Scene(Guid EventId, Guid OrganiserId, Guid CoordinatorId, Guid Applicant, IReadOnlyList<Guid> Mentees)
    {
        public string EventGlobalId => GlobalId.Encode("Event", EventId);
    }
}
