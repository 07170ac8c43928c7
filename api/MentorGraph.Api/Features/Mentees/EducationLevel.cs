namespace MentorGraph.Api.Features.Mentees;

/// <summary>Highest education completed, after ISCED 2011's broad levels.</summary>
public enum EducationLevel
{
    None,
    Primary,
    Secondary,
    Vocational,
    Bachelor,
    Master,
    Doctorate,
}
