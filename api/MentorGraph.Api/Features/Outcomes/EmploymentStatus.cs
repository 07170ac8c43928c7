namespace MentorGraph.Api.Features.Outcomes;

public enum EmploymentStatus
{
    Unemployed,
    InEducation,
    Employed,
    SelfEmployed,
}
