namespace MentorGraph.Api.Features.Organisations;

/// <summary>
/// A partner of the network (<c>Organization</c> in the schema). Its <see cref="Slug"/> is
/// stable: widget URLs and the console name a partner by it.
/// </summary>
public sealed class Organisation
{
    public Guid Id { get; set; }

    public required string Slug { get; set; }

    public OrganisationKind Kind { get; set; }

    public required string Name { get; set; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public required string CountryCode { get; set; }

    public string? Region { get; set; }

    public string? WebsiteUrl { get; set; }

    /// <summary>How the partner's embedded widgets behave; stored as one JSON column.</summary>
    public WidgetSettings Widget { get; set; } = new();

    public DateTimeOffset CreatedAt { get; set; }

    public List<StaffMember> Staff { get; set; } = [];
}
