namespace MentorGraph.Api.Features.Credentials;

public enum RecognitionStatus
{
    NotNeeded,
    NotStarted,
    InProgress,
    PartiallyRecognised,
    Recognised,
    Refused,
}
