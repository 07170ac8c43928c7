namespace MentorGraph.Api.Features.Credentials;

public enum RecognitionStepKind
{
    Translation,
    Evaluation,
    BridgingCourse,
    Exam,
    LanguageCertificate,
    LicenceApplication,
}
