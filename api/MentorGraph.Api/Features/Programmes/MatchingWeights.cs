namespace MentorGraph.Api.Features.Programmes;

/// <summary>How much each criterion counts when the matcher scores a mentor for a mentee.</summary>
public sealed class MatchingWeights
{
    public double Language { get; set; } = 0.3;

    public double Sector { get; set; } = 0.25;

    public double Background { get; set; } = 0.1;

    public double Availability { get; set; } = 0.2;

    public double Format { get; set; } = 0.15;
}
