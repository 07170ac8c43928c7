namespace MentorGraph.Api.Features.Credentials;

public enum CredentialKind
{
    Qualification,
    Licence,
    TradeCertificate,
    LanguageCertificate,
    Training,
}
