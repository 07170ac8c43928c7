namespace MentorGraph.Api.Features.Mentorships;

/// <summary>What the matcher found in common between a mentor and a mentee.</summary>
public sealed class MatchExplanation
{
    public List<string> SharedLanguages { get; set; } = [];

    public bool SameSector { get; set; }

    public bool SharedBackground { get; set; }

    public int OverlappingAvailabilityMinutesPerWeek { get; set; }

    public bool CompatibleFormat { get; set; }
}
