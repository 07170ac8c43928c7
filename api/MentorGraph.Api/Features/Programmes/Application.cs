namespace MentorGraph.Api.Features.Programmes;

/// <summary>A mentee's application to a programme: what a partner's sign-up widget produces.</summary>
public sealed class Application
{
    public Guid Id { get; set; }

    public Guid ProgrammeId { get; set; }

    public Guid MenteeId { get; set; }

    /// <summary>The partner whose widget or staff took the application.</summary>
    public Guid OrganisationId { get; set; }

    public ApplicationStatus Status { get; set; }

    public ApplicationSource Source { get; set; }

    /// <summary>ISO 639 code of the language the form was filled in.</summary>
    public required string Language { get; set; }

    public string? Motivation { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }
}
