using MentorGraph.Api.Data;
using MentorGraph.Api.GraphQL.Mutations;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Features.Consents;

/// <summary>
/// The one check every feature makes before using a mentee's data for a purpose that needs
/// consent: a consent given for the purpose and not withdrawn. A withdrawn consent stops the use
/// from the moment it is withdrawn.
/// </summary>
public static class ConsentCheck
{
    /// <summary>Whether the mentee holds a consent for the purpose that has not been withdrawn.</summary>
    public static Task<bool> HasAsync(MentorGraphDbContext db, Guid menteeId, ConsentPurpose purpose, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Consents.AnyAsync(c => c.MenteeId == menteeId && c.Purpose == purpose && c.WithdrawnAt == null, cancellationToken);
    }

    /// <summary>Null when the consent is held; otherwise the error a mutation returns in its payload.</summary>
    public static async Task<ConsentRequiredError?> RequireAsync(MentorGraphDbContext db, Guid menteeId, ConsentPurpose purpose, CancellationToken cancellationToken = default) =>
        await HasAsync(db, menteeId, purpose, cancellationToken).ConfigureAwait(false)
            ? null
            : new ConsentRequiredError($"The mentee has not consented to {PurposeName(purpose)}.", PurposeName(purpose));

    /// <summary>The purpose as the schema spells it (<c>SENSITIVE_MATCHING</c>).</summary>
    public static string PurposeName(ConsentPurpose purpose) => MentorGraph.GraphQL.Types.Builders.EnumTypeBuilder.ScreamingCase(purpose.ToString());
}
