namespace MentorGraph.Api.Features.Outcomes;

/// <summary>Gross monthly wage bands, relative to the host country's median wage.</summary>
public enum WageBand
{
    BelowHalfMedian,
    HalfToMedian,
    MedianToOneAndAHalf,
    AboveOneAndAHalfMedian,
}
