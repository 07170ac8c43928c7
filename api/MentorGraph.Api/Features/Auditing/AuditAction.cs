namespace MentorGraph.Api.Features.Auditing;

public enum AuditAction
{
    Read,
    Export,
    Erase,
}
