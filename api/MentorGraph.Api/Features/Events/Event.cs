using MentorGraph.Api.Features.Shared;

namespace MentorGraph.Api.Features.Events;

/// <summary>
/// A workshop, fair, panel or session with a capacity and a waiting list. Seats are counted by
/// <see cref="EventSeats"/>: <see cref="ConfirmedCount"/> never exceeds <see cref="Capacity"/>.
/// </summary>
public sealed class Event
{
    public Guid Id { get; set; }

    public Guid OrganiserOrganisationId { get; set; }

    public EventKind Kind { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    public DateTimeOffset EndsAt { get; set; }

    /// <summary>IANA time zone the event is announced in.</summary>
    public required string TimeZone { get; set; }

    public MeetingFormats Format { get; set; }

    public string? VenueName { get; set; }

    public string? Address { get; set; }

    public string? City { get; set; }

    public string? VirtualUrl { get; set; }

    public int Capacity { get; set; }

    /// <summary>Registrations currently <see cref="RegistrationStatus.Confirmed"/>.</summary>
    public int ConfirmedCount { get; set; }

    /// <summary>The last waiting-list position handed out; positions only grow.</summary>
    public int LastWaitlistPosition { get; set; }

    /// <summary>ISO 639 codes of the languages spoken.</summary>
    public List<string> Languages { get; set; } = [];

    public bool InterpretationOffered { get; set; }

    public string? AccessibilityNotes { get; set; }

    public bool IsPublic { get; set; }

    /// <summary>Optimistic concurrency token, bumped on every change.</summary>
    public long Version { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<EventProgramme> Programmes { get; set; } = [];
}
