namespace MentorGraph.Api.Features.Events;

public enum EventKind
{
    Workshop,
    CareerFair,
    Networking,
    IndustryPanel,
    Orientation,
    TrainingSession,
    AlumniReunion,
}
