namespace MentorGraph.Api.Features.Opportunities;

public enum OpportunityKind
{
    Internship,
    Shadowing,
    Apprenticeship,
    SupervisedProject,
    Job,
}
