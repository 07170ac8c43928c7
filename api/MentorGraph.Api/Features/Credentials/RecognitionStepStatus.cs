namespace MentorGraph.Api.Features.Credentials;

public enum RecognitionStepStatus
{
    NotStarted,
    InProgress,
    Completed,
    Failed,
}
