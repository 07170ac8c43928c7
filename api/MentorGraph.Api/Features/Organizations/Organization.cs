namespace MentorGraph.Api.Features.Organizations;

/// <summary>
/// A partner organisation of the network. <paramref name="Slug"/> is short and stable: widget
/// URLs use it. <paramref name="Country"/> is an ISO 3166-1 alpha-2 code.
/// </summary>
public sealed record Organization(
    string Id,
    string Slug,
    string Name,
    OrganizationKind Kind,
    string Country,
    Uri? Website,
    DateOnly MemberSince);
