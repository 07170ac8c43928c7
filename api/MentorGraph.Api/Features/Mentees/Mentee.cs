using MentorGraph.Api.Features.Shared;

namespace MentorGraph.Api.Features.Mentees;

/// <summary>
/// A mentee. Everything here is personal data: seen only by the coordinators of the
/// programmes they applied to, their matched mentor and themselves.
/// </summary>
public sealed class Mentee
{
    public Guid Id { get; set; }

    public required string GivenName { get; set; }

    public required string FamilyName { get; set; }

    public string? PreferredName { get; set; }

    public required string Email { get; set; }

    public string? Phone { get; set; }

    public required string City { get; set; }

    public string? Region { get; set; }

    /// <summary>ISO 3166-1 alpha-2 of the country the mentee lives in.</summary>
    public required string CountryCode { get; set; }

    /// <summary>IANA time zone.</summary>
    public required string TimeZone { get; set; }

    /// <summary>ISO 639 code of the language the mentee prefers to be addressed in.</summary>
    public required string PreferredLanguage { get; set; }

    public string? TargetOccupation { get; set; }

    /// <summary>ISCO-08 unit group of <see cref="TargetOccupation"/>.</summary>
    public string? TargetIscoCode { get; set; }

    public string? TargetSector { get; set; }

    public int YearsOfExperience { get; set; }

    public EducationLevel EducationLevel { get; set; }

    public string? EducationSummary { get; set; }

    /// <summary>What the mentee wants from mentoring, in their own words.</summary>
    public List<string> Goals { get; set; } = [];

    public MenteeNeeds Needs { get; set; }

    public string? AccommodationNotes { get; set; }

    /// <summary>
    /// Sensitive: optional, never public, used for matching only under a
    /// <see cref="Consents.ConsentPurpose.SensitiveMatching"/> consent.
    /// </summary>
    public string? CountryOfOrigin { get; set; }

    /// <summary>Set when the mentee completed a programme and became an alumnus.</summary>
    public DateOnly? AlumnusSince { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<MenteeLanguage> Languages { get; set; } = [];
}
