using MentorGraph.Api.Features.Shared;

namespace MentorGraph.Api.Features.Credentials;

/// <summary>One step of a foreign credential's recognition pathway, in order of <see cref="Sequence"/>.</summary>
public sealed class RecognitionStep
{
    public Guid Id { get; set; }

    public Guid CredentialId { get; set; }

    public int Sequence { get; set; }

    public RecognitionStepKind Kind { get; set; }

    public required string Title { get; set; }

    /// <summary>The body that carries the step out, e.g. the evaluation office or licensing chamber.</summary>
    public string? ResponsibleBody { get; set; }

    public RecognitionStepStatus Status { get; set; }

    public DateOnly? StartedOn { get; set; }

    public DateOnly? DueOn { get; set; }

    public DateOnly? CompletedOn { get; set; }

    /// <summary>Where the evidence (a decision letter, a certificate) is kept.</summary>
    public string? EvidenceUrl { get; set; }

    /// <summary>For a language certificate step: the level required.</summary>
    public CefrLevel? RequiredLanguageLevel { get; set; }

    public string? Notes { get; set; }
}
