using MentorGraph.Api.Features.Organisations;
using MentorGraph.Api.Features.Shared;

namespace MentorGraph.Api.Features.Programmes;

/// <summary>
/// A mentorship programme (<c>Program</c> in the schema; the C# name avoids the host's
/// <c>Program</c> class), owned by one partner and optionally co-owned by others.
/// </summary>
public sealed class Programme
{
    public Guid Id { get; set; }

    public required string Slug { get; set; }

    public Guid OwnerOrganisationId { get; set; }

    public Organisation? Owner { get; set; }

    public required string Name { get; set; }

    public ProgrammeKind Kind { get; set; }

    public string? Summary { get; set; }

    public List<string> Objectives { get; set; } = [];

    public List<string> MeasurableOutcomes { get; set; } = [];

    public string? Eligibility { get; set; }

    public ProgrammeDuration Duration { get; set; }

    public int DurationWeeks { get; set; }

    public MeetingFormats Formats { get; set; }

    /// <summary>ISO 639 codes of the languages the programme runs in.</summary>
    public List<string> Languages { get; set; } = [];

    public bool InterpretationOffered { get; set; }

    /// <summary>How many mentees the programme takes at once, across its cohorts.</summary>
    public int Capacity { get; set; }

    /// <summary>Trainings a mentor must have completed to be matched, e.g. <c>TRAUMA_INFORMED_COACHING</c>.</summary>
    public List<string> RequiredTrainings { get; set; } = [];

    /// <summary>The weights the matcher gives each criterion; stored as one JSON column.</summary>
    public MatchingWeights MatchingWeights { get; set; } = new();

    /// <summary>Days a proposed mentorship waits for both sides to accept before it lapses.</summary>
    public int ProposalWindowDays { get; set; }

    public bool IsPublic { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<ProgrammeCoOwner> CoOwners { get; set; } = [];

    public List<SectorTrack> SectorTracks { get; set; } = [];

    public List<Cohort> Cohorts { get; set; } = [];
}
