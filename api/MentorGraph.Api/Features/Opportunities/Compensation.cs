namespace MentorGraph.Api.Features.Opportunities;

public enum Compensation
{
    Paid,
    Stipend,
    Unpaid,
}
