using MentorGraph.Api.Data;
using MentorGraph.Api.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Features.Mentorships;

/// <summary>
/// Keeps a mentor's open mentorships (proposed, active, paused) within their capacity: a
/// proposal takes a place with one conditional UPDATE of <c>active_mentee_count</c>, as in
/// <see cref="Events.EventSeats"/>, and completing or ending a mentorship gives it back.
/// </summary>
public sealed class MentorCapacity(MentorGraphDbContext db, TimeProvider clock)
{
    public async Task<ProposeMentorshipResult> ProposeAsync(
        Guid programmeId, Guid mentorId, Guid menteeId, double? score = null, MatchExplanation? explanation = null,
        Guid? replacesMentorshipId = null, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var took = await db.Mentors
            .Where(m => m.Id == mentorId && m.ActiveMenteeCount < m.Capacity)
            .ExecuteUpdateAsync(set => set
                .SetProperty(m => m.ActiveMenteeCount, m => m.ActiveMenteeCount + 1)
                .SetProperty(m => m.Version, m => m.Version + 1), cancellationToken) == 1;
        if (!took)
        {
            var exists = await db.Mentors.AnyAsync(m => m.Id == mentorId, cancellationToken);
            return new ProposeMentorshipResult(null, exists ? SeatError.CapacityReached : SeatError.NotFound);
        }

        var open = await db.Mentorships.AnyAsync(
            m => m.MentorId == mentorId && m.MenteeId == menteeId
                && (m.Status == MentorshipStatus.Proposed || m.Status == MentorshipStatus.Active || m.Status == MentorshipStatus.Paused),
            cancellationToken);
        if (open)
        {
            return new ProposeMentorshipResult(null, SeatError.AlreadyTaken);
        }

        var now = clock.GetUtcNow();
        var mentorship = new Mentorship
        {
            Id = Guid.CreateVersion7(now),
            ProgrammeId = programmeId,
            MentorId = mentorId,
            MenteeId = menteeId,
            Status = MentorshipStatus.Proposed,
            Score = score,
            ScoreExplanation = explanation,
            ReplacesMentorshipId = replacesMentorshipId,
            ProposedAt = now,
        };
        db.Mentorships.Add(mentorship);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ProposeMentorshipResult(mentorship, null);
    }

    /// <summary>Completes or ends an open mentorship and gives its place back to the mentor.</summary>
    public async Task<Mentorship?> CloseAsync(Guid mentorshipId, MentorshipStatus status, MentorshipEndReason? reason, CancellationToken cancellationToken = default)
    {
        if (status is not (MentorshipStatus.Completed or MentorshipStatus.Ended))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "A mentorship closes as Completed or Ended.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var mentorship = await db.Mentorships.SingleOrDefaultAsync(m => m.Id == mentorshipId, cancellationToken);
        if (mentorship is null || mentorship.Status is MentorshipStatus.Completed or MentorshipStatus.Ended)
        {
            return null;
        }

        await db.Mentors.Where(m => m.Id == mentorship.MentorId)
            .ExecuteUpdateAsync(set => set
                .SetProperty(m => m.ActiveMenteeCount, m => m.ActiveMenteeCount - 1)
                .SetProperty(m => m.Version, m => m.Version + 1), cancellationToken);
        mentorship.Status = status;
        mentorship.EndReason = reason;
        mentorship.EndedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return mentorship;
    }
}
