using MentorGraph.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Features.Consents;

/// <summary>
/// The sensitive attributes matching may use (DOMAIN.md: country of origin and the like are
/// "used for matching only with consent"). Matching reads them here and nowhere else, so a mentee
/// without a SensitiveMatching consent, or who withdrew it, is matched without them.
/// </summary>
public static class MatchingAttributes
{
    /// <summary>The countries of origin of those of <paramref name="menteeIds"/> who hold a SensitiveMatching consent.</summary>
    public static Task<Dictionary<Guid, string>> CountriesOfOriginAsync(
        MentorGraphDbContext db,
        IReadOnlyCollection<Guid> menteeIds,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(menteeIds);
        return db.Mentees.AsNoTracking()
            .Where(m => menteeIds.Contains(m.Id) && m.CountryOfOrigin != null
                && db.Consents.Any(c => c.MenteeId == m.Id && c.Purpose == ConsentPurpose.SensitiveMatching && c.WithdrawnAt == null))
            .ToDictionaryAsync(m => m.Id, m => m.CountryOfOrigin!, cancellationToken);
    }
}
