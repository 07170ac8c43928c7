namespace MentorGraph.Api.Features.Mentees;

/// <summary>Support a mentee needs to take part; a set, stored as an integer.</summary>
[Flags]
public enum MenteeNeeds
{
    None = 0,
    Childcare = 1,
    Transport = 2,
    LiteracySupport = 4,
    Accessibility = 8,
    FlexibleSchedule = 16,
    Interpretation = 32,
}
