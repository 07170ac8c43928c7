using MentorGraph.Api.Data;
using MentorGraph.Api.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Features.Events;

/// <summary>
/// Takes and gives back event seats so that an event is never oversold, however many people
/// register at the same moment, and a failure leaves nothing half-written.
/// </summary>
/// <remarks>
/// A seat is taken by one conditional UPDATE (<c>confirmed_count = confirmed_count + 1 WHERE
/// confirmed_count &lt; capacity</c>) in the registration's transaction. On PostgreSQL a second
/// UPDATE of the same row waits for the first transaction to end and then re-evaluates its
/// WHERE against the committed row (READ COMMITTED, "EvalPlanQual"), so at most
/// <c>capacity</c> succeed; on SQLite writers are serialised outright. The UPDATE also leaves
/// the event row locked until commit, which serialises the duplicate check and waiting-list
/// positions per event. Provider-neutral: no hand-written SQL.
/// </remarks>
public sealed class EventSeats(MentorGraphDbContext db, TimeProvider clock)
{
    public async Task<RegisterForEventResult> RegisterAsync(Guid eventId, EventRegistrant registrant, CancellationToken cancellationToken = default)
    {
        if (registrant.MenteeId is null == registrant.MentorId is null)
        {
            throw new ArgumentException("A registrant is either a mentee or a mentor.", nameof(registrant));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var confirmed = await db.Events
            .Where(e => e.Id == eventId && e.ConfirmedCount < e.Capacity)
            .ExecuteUpdateAsync(set => set
                .SetProperty(e => e.ConfirmedCount, e => e.ConfirmedCount + 1)
                .SetProperty(e => e.Version, e => e.Version + 1), cancellationToken) == 1;
        int? position = null;
        if (!confirmed)
        {
            var queued = await db.Events
                .Where(e => e.Id == eventId)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(e => e.LastWaitlistPosition, e => e.LastWaitlistPosition + 1)
                    .SetProperty(e => e.Version, e => e.Version + 1), cancellationToken) == 1;
            if (!queued)
            {
                return new RegisterForEventResult(null, SeatError.NotFound);
            }

            position = await db.Events.Where(e => e.Id == eventId).Select(e => e.LastWaitlistPosition).SingleAsync(cancellationToken);
        }

        // The event row is locked by this transaction now, so this check cannot race.
        var alreadyRegistered = await db.Registrations.AnyAsync(
            r => r.EventId == eventId && r.Status != RegistrationStatus.Cancelled
                && r.MenteeId == registrant.MenteeId && r.MentorId == registrant.MentorId,
            cancellationToken);
        if (alreadyRegistered)
        {
            return new RegisterForEventResult(null, SeatError.AlreadyTaken);
        }

        var now = clock.GetUtcNow();
        var registration = new Registration
        {
            Id = Guid.CreateVersion7(now),
            EventId = eventId,
            MenteeId = registrant.MenteeId,
            MentorId = registrant.MentorId,
            Status = confirmed ? RegistrationStatus.Confirmed : RegistrationStatus.Waitlisted,
            WaitlistPosition = position,
            RegisteredAt = now,
            ConfirmedAt = confirmed ? now : null,
        };
        db.Registrations.Add(registration);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new RegisterForEventResult(registration, null);
    }

    /// <summary>Cancels a registration; a confirmed seat goes to the first on the waiting list.</summary>
    public async Task<CancelRegistrationResult> CancelAsync(Guid registrationId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var registration = await db.Registrations.SingleOrDefaultAsync(r => r.Id == registrationId, cancellationToken);
        if (registration is null || registration.Status == RegistrationStatus.Cancelled)
        {
            return new CancelRegistrationResult(null, null, SeatError.NotFound);
        }

        // Lock the event row first, so that promotions and new registrations queue behind us.
        await db.Events.Where(e => e.Id == registration.EventId)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.Version, e => e.Version + 1), cancellationToken);
        await db.Entry(registration).ReloadAsync(cancellationToken);
        if (registration.Status == RegistrationStatus.Cancelled)
        {
            return new CancelRegistrationResult(null, null, SeatError.NotFound);
        }

        var now = clock.GetUtcNow();
        var freedSeat = registration.Status == RegistrationStatus.Confirmed;
        registration.Status = RegistrationStatus.Cancelled;
        registration.WaitlistPosition = null;
        registration.CancelledAt = now;

        Registration? promoted = null;
        if (freedSeat)
        {
            promoted = await db.Registrations
                .Where(r => r.EventId == registration.EventId && r.Status == RegistrationStatus.Waitlisted)
                .OrderBy(r => r.WaitlistPosition)
                .FirstOrDefaultAsync(cancellationToken);
            if (promoted is null)
            {
                await db.Events.Where(e => e.Id == registration.EventId)
                    .ExecuteUpdateAsync(set => set.SetProperty(e => e.ConfirmedCount, e => e.ConfirmedCount - 1), cancellationToken);
            }
            else
            {
                promoted.Status = RegistrationStatus.Confirmed;
                promoted.WaitlistPosition = null;
                promoted.ConfirmedAt = now;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CancelRegistrationResult(registration, promoted, null);
    }
}
