using MentorGraph.Api.Features.Shared;

namespace MentorGraph.Api.Features.Mentors;

/// <summary>
/// A mentor's profile. Only the fields named public (display name, headline, occupation,
/// sectors, languages, city, formats, topics) may appear in public directories, and only
/// when <see cref="IsInPublicDirectory"/> is set.
/// </summary>
public sealed class Mentor
{
    public Guid Id { get; set; }

    /// <summary>The partner that recruited the mentor, if any.</summary>
    public Guid? OrganisationId { get; set; }

    public required string DisplayName { get; set; }

    public string? Headline { get; set; }

    /// <summary>Private contact address: never public.</summary>
    public required string Email { get; set; }

    public required string Occupation { get; set; }

    /// <summary>ISCO-08 unit group of <see cref="Occupation"/>.</summary>
    public string? IscoCode { get; set; }

    /// <summary>Sector codes, as in <see cref="Programmes.SectorTrack.Sector"/>.</summary>
    public List<string> Sectors { get; set; } = [];

    public int YearsOfExperience { get; set; }

    public required string City { get; set; }

    public string? Region { get; set; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public required string CountryCode { get; set; }

    /// <summary>IANA time zone, e.g. <c>Europe/Berlin</c>; availability windows are in it.</summary>
    public required string TimeZone { get; set; }

    public MeetingFormats Formats { get; set; }

    /// <summary>How many mentees the mentor takes at once.</summary>
    public int Capacity { get; set; }

    /// <summary>
    /// Mentorships counting against <see cref="Capacity"/> (proposed, active or paused); kept by
    /// <c>MentorCapacity</c> with a conditional update so it never exceeds the capacity.
    /// </summary>
    public int ActiveMenteeCount { get; set; }

    /// <summary>Topic codes: <c>CREDENTIAL_RECOGNITION</c>, <c>LICENSING</c>, <c>CV</c>, <c>INTERVIEWS</c>...</summary>
    public List<string> Topics { get; set; } = [];

    /// <summary>Training codes completed, e.g. <c>TRAUMA_INFORMED_COACHING</c>.</summary>
    public List<string> Trainings { get; set; } = [];

    /// <summary>Recognitions earned, e.g. <c>100_HOURS</c>, <c>MENTOR_OF_THE_YEAR</c>.</summary>
    public List<string> Recognitions { get; set; } = [];

    public bool IsInPublicDirectory { get; set; }

    /// <summary>Set when the mentor is a former mentee who became a peer mentor.</summary>
    public Guid? AlumnusMenteeId { get; set; }

    /// <summary>Optimistic concurrency token, bumped on every change.</summary>
    public long Version { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<MentorLanguage> Languages { get; set; } = [];

    public List<AvailabilityWindow> AvailabilityWindows { get; set; } = [];

    public List<AvailabilityException> AvailabilityExceptions { get; set; } = [];
}
