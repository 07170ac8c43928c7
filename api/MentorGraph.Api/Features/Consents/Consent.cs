namespace MentorGraph.Api.Features.Consents;

/// <summary>
/// A mentee's consent to one use of their data, under the text they were shown. A withdrawn
/// consent stays on record (<see cref="WithdrawnAt"/>) and stops the use.
/// </summary>
public sealed class Consent
{
    public Guid Id { get; set; }

    public Guid MenteeId { get; set; }

    /// <summary>The partner that asked for the consent.</summary>
    public Guid? OrganisationId { get; set; }

    public ConsentPurpose Purpose { get; set; }

    /// <summary>Version of the consent text shown, e.g. <c>2025-01</c>.</summary>
    public required string TextVersion { get; set; }

    /// <summary>ISO 639 code of the language the text was shown in.</summary>
    public required string Language { get; set; }

    public DateTimeOffset GivenAt { get; set; }

    public DateTimeOffset? WithdrawnAt { get; set; }
}
