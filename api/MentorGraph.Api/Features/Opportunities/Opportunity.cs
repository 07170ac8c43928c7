using MentorGraph.Api.Features.Shared;

namespace MentorGraph.Api.Features.Opportunities;

/// <summary>
/// An internship, shadowing, apprenticeship, supervised project or job posted by an employer.
/// Its seats are taken by placements through <see cref="OpportunitySeats"/>:
/// <see cref="SeatsTaken"/> never exceeds <see cref="Seats"/>.
/// </summary>
public sealed class Opportunity
{
    public Guid Id { get; set; }

    public Guid EmployerOrganisationId { get; set; }

    public OpportunityKind Kind { get; set; }

    public required string Title { get; set; }

    public required string Description { get; set; }

    public required string Sector { get; set; }

    /// <summary>ISCO-08 unit group, where one fits.</summary>
    public string? IscoCode { get; set; }

    public string? City { get; set; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public required string CountryCode { get; set; }

    public bool IsRemote { get; set; }

    public DateOnly? StartsOn { get; set; }

    public DateOnly? EndsOn { get; set; }

    public int? HoursPerWeek { get; set; }

    public Compensation Compensation { get; set; }

    public int Seats { get; set; }

    public int SeatsTaken { get; set; }

    /// <summary>Languages needed at a minimum level; stored as one JSON column.</summary>
    public List<LanguageRequirement> LanguageRequirements { get; set; } = [];

    /// <summary>Credentials needed, in words (e.g. "recognised nursing diploma").</summary>
    public List<string> CredentialRequirements { get; set; } = [];

    public DateTimeOffset? ApplicationDeadline { get; set; }

    public OpportunityStatus Status { get; set; }

    public DateTimeOffset PostedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Optimistic concurrency token, bumped on every change.</summary>
    public long Version { get; set; }
}
