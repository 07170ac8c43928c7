namespace MentorGraph.Api.Features.Programmes;

public enum ProgrammeKind
{
    Professional,
    CulturalIntegration,
    Educational,
    Entrepreneurship,
    FamilyIntegration,
    Youth,
    Peer,
}
