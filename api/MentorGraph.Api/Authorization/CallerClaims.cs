namespace MentorGraph.Api.Authorization;

/// <summary>
/// The claim types a <see cref="Caller"/> is read from. Whatever authenticates a request — the
/// development header today, OAuth access tokens when the identity server lands — issues these,
/// so resolvers never change when authentication does.
/// </summary>
public static class CallerClaims
{
    /// <summary>A staff member's id (a coordinator or other staff of a partner).</summary>
    public const string StaffMemberId = "mg:staff";

    /// <summary>The organisation a staff member or a partner's API client belongs to.</summary>
    public const string OrganisationId = "mg:org";

    /// <summary>The mentor profile of the signed-in person, if they are a mentor.</summary>
    public const string MentorId = "mg:mentor";

    /// <summary>The mentee profile of the signed-in person, if they are a mentee.</summary>
    public const string MenteeId = "mg:mentee";

    /// <summary>The OAuth client a machine-to-machine call comes from.</summary>
    public const string ClientId = "client_id";

    /// <summary>Space-separated OAuth scopes (RFC 9068 section 2.2.3).</summary>
    public const string Scope = "scope";
}
