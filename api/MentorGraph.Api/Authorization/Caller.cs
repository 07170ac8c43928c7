using System.Security.Claims;

namespace MentorGraph.Api.Authorization;

/// <summary>
/// Who is asking, in the domain's terms: a staff member of a partner, a partner's system, a
/// mentor, a mentee, or nobody in particular. Privacy rules (DOMAIN.md, "What must never go
/// wrong") are decided from this alone.
/// </summary>
public sealed record Caller
{
    public static Caller Anonymous { get; } = new();

    public Guid? StaffMemberId { get; init; }

    /// <summary>The partner a staff member or API client acts for.</summary>
    public Guid? OrganisationId { get; init; }

    public Guid? MentorId { get; init; }

    public Guid? MenteeId { get; init; }

    public string? ClientId { get; init; }

    public IReadOnlySet<string> Scopes { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    public bool IsAnonymous => StaffMemberId is null && OrganisationId is null && MentorId is null && MenteeId is null && ClientId is null;

    /// <summary>Whether the caller acts for the given partner, as its staff or as its API client.</summary>
    public bool ActsFor(Guid organisationId) => OrganisationId == organisationId;

    public bool HasScope(string scope) => Scopes.Contains(scope);

    /// <summary>Reads the caller from an authenticated principal's <see cref="CallerClaims"/>.</summary>
    public static Caller FromPrincipal(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true)
        {
            return Anonymous;
        }

        return new Caller
        {
            StaffMemberId = ReadGuid(principal, CallerClaims.StaffMemberId),
            OrganisationId = ReadGuid(principal, CallerClaims.OrganisationId),
            MentorId = ReadGuid(principal, CallerClaims.MentorId),
            MenteeId = ReadGuid(principal, CallerClaims.MenteeId),
            ClientId = principal.FindFirst(CallerClaims.ClientId)?.Value,
            Scopes = principal.FindAll(CallerClaims.Scope)
                .SelectMany(claim => claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .ToHashSet(StringComparer.Ordinal),
        };
    }

    private static Guid? ReadGuid(ClaimsPrincipal principal, string type) =>
        Guid.TryParse(principal.FindFirst(type)?.Value, out var id) ? id : null;
}
