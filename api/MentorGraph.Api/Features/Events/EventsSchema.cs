using System.Linq.Expressions;
using MentorGraph.Api.Authorization;
using MentorGraph.Api.Data;
using MentorGraph.Api.Features.Organisations;
using MentorGraph.Api.Features.Shared;
using MentorGraph.Api.GraphQL.Filtering;
using MentorGraph.Api.GraphQL.Mutations;
using MentorGraph.Api.GraphQL.Relay;
using MentorGraph.Api.GraphQL.Sorting;
using MentorGraph.GraphQL;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Types.Builders;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Features.Events;

/// <summary>
/// Events everyone can find (<c>events</c>), and registration with a waiting list
/// (<c>registerForEvent</c>, <c>cancelRegistration</c>). Seats are counted by <see cref="EventSeats"/>.
/// </summary>
/// <remarks>
/// Who may register whom: a mentee themselves, or a coordinator (or administrator) of the
/// organiser for a mentee who applied to one of the organiser's programmes. A registration is
/// seen only by its registrant and the organiser's staff; to anyone else it does not exist
/// (<c>NotFoundError</c>), so registration IDs cannot be probed.
/// </remarks>
public static class EventsSchema
{
    /// <summary>The type name in a registration's global ID (registrations are not fetched by <c>node</c>: they are personal data).</summary>
    public const string RegistrationTypeName = "Registration";

    private static readonly FilterDefinition<Event> _eventFilter = new FilterDefinition<Event>("Event")
        .Id<Guid>("organization", e => e.OrganiserOrganisationId, "Organization", "The organiser.")
        .Custom<string>("program", "ID", id => ProgramPredicate(id), "Events of this programme (its global ID).")
        .Custom<EventKind>("kind", "EventKind", kind => e => e.Kind == kind)
        .Custom<string>("language", "String", code => e => e.Languages.Contains(code), "Events held in this language (ISO 639 code).")
        .Custom<DateTimeOffset>("startsAfter", "DateTime", at => e => e.StartsAt >= at, "Events starting at or after this instant.")
        .Custom<DateTimeOffset>("startsBefore", "DateTime", at => e => e.StartsAt < at, "Events starting before this instant.");

    private static readonly SortDefinition<Event> _eventOrder = new SortDefinition<Event>("Event")
        .Field("startsAt", e => e.StartsAt)
        .Field("title", e => e.Title)
        .DefaultOrder("startsAt");

    private static readonly ConnectionDefinition<Event> _events =
        new ConnectionDefinition<Event>("Event", e => e.Id).WithFilter(_eventFilter).WithSort(_eventOrder);

    public static SchemaBuilder AddEvents(this SchemaBuilder schema, DomainNodes nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        return schema
            .AddMutationConventions()
            .AddConnectionTypes(_events)
            .Query(query => query.Connection("events", _events, async context =>
            {
                await using var db = await CreateDbAsync(context);
                var now = Clock(context).GetUtcNow();
                var upcomingOnly = context.Arguments.GetValueOrDefault("includePast") is not true;
                var source = db.Events.AsNoTracking().Where(e => e.IsPublic && (!upcomingOnly || e.EndsAt > now));
                return await _events.ResolveAsync(context, source);
            }, field => field
                .Description("The network's public events, soonest first; only those not yet over unless includePast is true.")
                .Argument("includePast", "Boolean", argument => argument.DefaultValue(false))))
            .EnumType<EventKind>("EventKind", type => type.Description("What kind of gathering an event is."))
            .ObjectType<Event>("Event", type => type
                .Description("A workshop, fair, panel or session, with a capacity and a waiting list.")
                .ImplementsNode(nodes.Event)
                .Field("kind", "EventKind!", e => e.Kind)
                .Field("title", "String!", e => e.Title)
                .Field("description", "String", e => e.Description)
                .Field("organizer", "Organization!", (e, context) => nodes.Organization.LoadAsync(context, e.OrganiserOrganisationId), field => field
                    .Description("The partner that organises the event."))
                .Field("programs", "[Program!]!", (e, context) => ProgrammesAsync(nodes, context, e), field => field
                    .Description("The programmes the event belongs to."))
                .Field("startsAt", "DateTime!", e => e.StartsAt, field => field.Description("The start, as an instant (UTC)."))
                .Field("endsAt", "DateTime!", e => e.EndsAt, field => field.Description("The end, as an instant (UTC)."))
                .Field("timeZone", "String!", e => e.TimeZone, field => field.Description("The IANA time zone the event is announced in, such as Europe/Berlin."))
                .Field("venueName", "String", e => e.VenueName)
                .Field("address", "String", e => e.Address)
                .Field("city", "String", e => e.City)
                .Field("virtualUrl", "URL", e => e.VirtualUrl, field => field.Description("The link to join, for virtual and hybrid events."))
                .Field("capacity", "Int!", e => e.Capacity)
                .Field("seatsLeft", "Int!", e => Math.Max(0, e.Capacity - e.ConfirmedCount))
                .Field("waitlistLength", "Int!", (e, context) => WaitlistLengthAsync(context, e.Id), field => field
                    .Description("How many people wait for a seat."))
                .Field("languages", "[String!]!", e => e.Languages, field => field.Description("ISO 639 codes of the languages spoken."))
                .Field("interpretationOffered", "Boolean!", e => e.InterpretationOffered)
                .Field("accessibilityNotes", "String", e => e.AccessibilityNotes))
            .EnumType<RegistrationStatus>("RegistrationStatus", type => type.Description("Where a registration stands."))
            .ObjectType<Registration>("Registration", type => type
                .Description("A registration for an event: a confirmed seat or a place on the waiting list. Seen by its registrant and the organiser's staff only.")
                .Field("id", "ID!", r => GlobalId.Encode(RegistrationTypeName, r.Id))
                .Field("event", "Event!", (r, context) => nodes.Event.LoadAsync(context, r.EventId))
                .Field("status", "RegistrationStatus!", r => r.Status)
                .Field("waitlistPosition", "Int", r => r.WaitlistPosition, field => field
                    .Description("The place on the waiting list while WAITLISTED; lower goes first."))
                .Field("registeredAt", "DateTime!", r => r.RegisteredAt)
                .Field("confirmedAt", "DateTime", r => r.ConfirmedAt)
                .Field("cancelledAt", "DateTime", r => r.CancelledAt))
            .ObjectType<CancelledRegistration>("CancelledRegistration", type => type
                .Description("A cancelled registration, and the registration the freed seat went to.")
                .Field("registration", "Registration!", c => c.Registration)
                .Field("promoted", "Registration", c => c.Promoted, field => field
                    .Description("The first on the waiting list, now CONFIRMED; null when no seat was freed or nobody waited.")))
            .AddMutation<Registration>("registerForEvent", mutation => mutation
                .Description("Registers a mentee for an event: a seat while there is one, otherwise a place on the waiting list.")
                .Input(input => input
                    .Field("eventId", "ID!")
                    .Field("menteeId", "ID", field => field.Description("The mentee to register; the calling mentee when omitted. Coordinators of the organiser must name one.")))
                .Result("registration", "Registration")
                .Errors("NotFoundError", "ValidationError")
                .Resolve((input, context) => RegisterAsync(nodes, input, context)))
            .AddMutation<CancelledRegistration>("cancelRegistration", mutation => mutation
                .Description("Cancels a registration; a freed seat goes to the first on the waiting list.")
                .Input(input => input.Field("registrationId", "ID!"))
                .Result("cancellation", "CancelledRegistration")
                .Errors("NotFoundError")
                .Resolve((input, context) => CancelAsync(input, context)));
    }

    private static async Task<MutationResult<Registration>> RegisterAsync(DomainNodes nodes, MutationInput input, IResolveFieldContext context)
    {
        var caller = context.GetCaller();
        var eventIdText = input.Get<string>("eventId");
        var eventId = input.GetId("eventId", nodes.Event);
        var menteeIdText = input.GetOrDefault<string>("menteeId");
        Guid menteeId;
        if (menteeIdText is null)
        {
            if (caller.MenteeId is not { } self)
            {
                return caller.IsAnonymous ? throw Forbidden("Sign in to register for an event.") : ValidationError.Required("menteeId");
            }

            menteeId = self;
        }
        else if (!GlobalId.TryParse(menteeIdText, out var parsed) || parsed.TypeName != "Mentee" || !Guid.TryParse(parsed.LocalId, out menteeId))
        {
            return ValidationError.InvalidFormat("menteeId", "the ID of a mentee");
        }

        await using var db = await CreateDbAsync(context);
        var evt = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == eventId, context.CancellationToken);
        if (evt is null || !evt.IsPublic && !caller.ActsFor(evt.OrganiserOrganisationId))
        {
            return new NotFoundError(eventIdText);
        }

        if (!await MayRegisterAsync(db, caller, evt, menteeId, context.CancellationToken))
        {
            return caller.IsAnonymous ? throw Forbidden("Sign in to register for an event.") : new NotFoundError(menteeIdText ?? eventIdText);
        }

        if (evt.EndsAt <= Clock(context).GetUtcNow())
        {
            return new ValidationError("eventId", "The event is over.", "EVENT_OVER");
        }

        var result = await new EventSeats(db, Clock(context)).RegisterAsync(eventId, EventRegistrant.Mentee(menteeId), context.CancellationToken);
        return result.Error switch
        {
            null => result.Registration!,
            SeatError.AlreadyTaken => new ValidationError(menteeIdText is null ? "eventId" : "menteeId", "This mentee is already registered for the event.", "ALREADY_REGISTERED"),
            _ => new NotFoundError(eventIdText),
        };
    }

    private static async Task<MutationResult<CancelledRegistration>> CancelAsync(MutationInput input, IResolveFieldContext context)
    {
        var caller = context.GetCaller();
        var idText = input.Get<string>("registrationId");
        if (caller.IsAnonymous)
        {
            throw Forbidden("Sign in to cancel a registration.");
        }

        if (!GlobalId.TryParse(idText, out var parsed) || parsed.TypeName != RegistrationTypeName || !Guid.TryParse(parsed.LocalId, out var registrationId))
        {
            return new NotFoundError(idText);
        }

        await using var db = await CreateDbAsync(context);
        var visible = await db.Registrations.AsNoTracking()
            .Where(r => r.Id == registrationId && r.Status != RegistrationStatus.Cancelled)
            .Join(db.Events, r => r.EventId, e => e.Id, (r, e) => new { r.MenteeId, e.OrganiserOrganisationId })
            .SingleOrDefaultAsync(context.CancellationToken);
        if (visible is null || !(caller.MenteeId is { } self && visible.MenteeId == self || caller.ActsFor(visible.OrganiserOrganisationId) && caller.StaffMemberId is not null))
        {
            return new NotFoundError(idText);
        }

        var result = await new EventSeats(db, Clock(context)).CancelAsync(registrationId, context.CancellationToken);
        return result.Error is null ? new CancelledRegistration(result.Cancelled!, result.Promoted) : new NotFoundError(idText);
    }

    /// <summary>A mentee registers themselves; a coordinator or administrator of the organiser registers a mentee who applied to one of its programmes.</summary>
    private static async Task<bool> MayRegisterAsync(MentorGraphDbContext db, Caller caller, Event evt, Guid menteeId, CancellationToken cancellationToken)
    {
        if (caller.MenteeId == menteeId)
        {
            return await db.Mentees.AnyAsync(m => m.Id == menteeId, cancellationToken);
        }

        if (caller.StaffMemberId is not { } staffId || !caller.ActsFor(evt.OrganiserOrganisationId))
        {
            return false;
        }

        var coordinates = await db.StaffMembers.AnyAsync(
            s => s.Id == staffId && s.OrganisationId == evt.OrganiserOrganisationId && s.Role != StaffRole.Analyst,
            cancellationToken);
        return coordinates && await db.Applications.AnyAsync(
            a => a.MenteeId == menteeId && db.Programmes.Any(p => p.Id == a.ProgrammeId && p.OwnerOrganisationId == evt.OrganiserOrganisationId),
            cancellationToken);
    }

    private static async Task<IReadOnlyList<object>> ProgrammesAsync(DomainNodes nodes, IResolveFieldContext context, Event evt)
    {
        var ids = evt.Programmes.Count > 0
            ? evt.Programmes.Select(p => p.ProgrammeId).ToList()
            : await ProgrammeIdsAsync(context, evt.Id);
        var programmes = await Task.WhenAll(ids.Select(id => nodes.Program.LoadAsync(context, id)));
        return [.. programmes.OfType<object>()];
    }

    private static async Task<List<Guid>> ProgrammeIdsAsync(IResolveFieldContext context, Guid eventId)
    {
        await using var db = await CreateDbAsync(context);
        return await db.EventProgrammes.AsNoTracking().Where(p => p.EventId == eventId).Select(p => p.ProgrammeId).ToListAsync(context.CancellationToken);
    }

    private static async Task<int> WaitlistLengthAsync(IResolveFieldContext context, Guid eventId)
    {
        await using var db = await CreateDbAsync(context);
        return await db.Registrations.CountAsync(r => r.EventId == eventId && r.Status == RegistrationStatus.Waitlisted, context.CancellationToken);
    }

    private static Expression<Func<Event, bool>> ProgramPredicate(string id)
    {
        if (!GlobalId.TryParse(id, out var parsed) || parsed.TypeName != "Program" || !Guid.TryParse(parsed.LocalId, out var programmeId))
        {
            throw GraphQL.UserInputError.Create($"\"{id}\" is not the ID of a programme.");
        }

        return e => e.Programmes.Any(p => p.ProgrammeId == programmeId);
    }

    private static GraphQLError Forbidden(string message) =>
        new(message, extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.Forbidden });

    private static TimeProvider Clock(IResolveFieldContext context) =>
        context.Services?.GetService<TimeProvider>() ?? TimeProvider.System;

    private static ValueTask<MentorGraphDbContext> CreateDbAsync(IResolveFieldContext context) =>
        new(context.Services!.GetRequiredService<IDbContextFactory<MentorGraphDbContext>>().CreateDbContextAsync(context.CancellationToken));
}
