namespace MentorGraph.Api.Features.Credentials;

/// <summary>
/// A qualification, licence, trade or language certificate, or training a mentee holds; for a
/// foreign credential, its <see cref="RecognitionStep"/>s lead to recognition in the host country.
/// </summary>
public sealed class Credential
{
    public Guid Id { get; set; }

    public Guid MenteeId { get; set; }

    public CredentialKind Kind { get; set; }

    public required string Title { get; set; }

    public required string IssuedBy { get; set; }

    /// <summary>ISO 3166-1 alpha-2 of the issuing country.</summary>
    public required string IssuingCountryCode { get; set; }

    public DateOnly? IssuedOn { get; set; }

    /// <summary>ISCO-08 unit group the credential qualifies for, where one fits.</summary>
    public string? IscoCode { get; set; }

    public bool IsForeign { get; set; }

    public RecognitionStatus RecognitionStatus { get; set; }

    /// <summary>Identifier of the verifiable credential issued for a completion, once issued.</summary>
    public string? VerifiableCredentialId { get; set; }

    public List<RecognitionStep> RecognitionSteps { get; set; } = [];
}
