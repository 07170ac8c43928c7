namespace MentorGraph.Api.Features.Auditing;

/// <summary>A record that someone read, exported or erased sensitive data: who, what and when.</summary>
public sealed class AuditLogEntry
{
    public Guid Id { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>The staff member, API client or person who acted.</summary>
    public required string ActorId { get; set; }

    public Guid? ActorOrganisationId { get; set; }

    public AuditAction Action { get; set; }

    /// <summary>The kind of record read, e.g. <c>Mentee</c>.</summary>
    public required string SubjectType { get; set; }

    public Guid SubjectId { get; set; }

    /// <summary>The sensitive fields read.</summary>
    public List<string> Fields { get; set; } = [];

    public string? Purpose { get; set; }
}
