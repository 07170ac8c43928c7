using MentorGraph.Api.Authorization;
using MentorGraph.Api.Data;

namespace MentorGraph.Api.Features.Auditing;

/// <summary>
/// Records staff reads of personal data (DOMAIN.md: "every read of sensitive data by staff is
/// recorded in an audit log"): one entry per subject read, all of one batch written by a single
/// SaveChanges, so a page of fifty applicants costs one round trip, not fifty.
/// </summary>
public static class AuditTrail
{
    public static async Task RecordReadsAsync(
        MentorGraphDbContext db,
        Caller caller,
        string subjectType,
        IEnumerable<Guid> subjectIds,
        IReadOnlyList<string> fields,
        string purpose,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(subjectIds);
        var actorId = ActorIdOf(caller)
            ?? throw new ArgumentException("Only staff and partner systems are audited.", nameof(caller));
        var now = DateTimeOffset.UtcNow;
        var entries = subjectIds.Distinct().Select(id => new AuditLogEntry
        {
            Id = Guid.NewGuid(),
            OccurredAt = now,
            ActorId = actorId,
            ActorOrganisationId = caller.OrganisationId,
            Action = AuditAction.Read,
            SubjectType = subjectType,
            SubjectId = id,
            Fields = [.. fields],
            Purpose = purpose,
        }).ToList();
        if (entries.Count == 0)
        {
            return;
        }

        db.AuditLog.AddRange(entries);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>How an entry names its actor, as the seeded log does: <c>staff:&lt;id&gt;</c> or <c>client:&lt;client id&gt;</c>.</summary>
    public static string? ActorIdOf(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.StaffMemberId is { } staffId ? $"staff:{staffId}"
            : caller.ClientId is { } clientId ? $"client:{clientId}"
            : null;
    }
}
