namespace MentorGraph.Api.Features.Events;

/// <summary>A mentee's or mentor's registration for an event.</summary>
public sealed class Registration
{
    public Guid Id { get; set; }

    public Guid EventId { get; set; }

    public Guid? MenteeId { get; set; }

    public Guid? MentorId { get; set; }

    public RegistrationStatus Status { get; set; }

    /// <summary>Place on the waiting list while <see cref="RegistrationStatus.Waitlisted"/>; lower goes first.</summary>
    public int? WaitlistPosition { get; set; }

    public DateTimeOffset RegisteredAt { get; set; }

    public DateTimeOffset? ConfirmedAt { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }

    /// <summary>Recorded after the event; null until then.</summary>
    public bool? Attended { get; set; }
}
