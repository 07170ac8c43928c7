namespace MentorGraph.Api.Features.Organisations;

/// <summary>A person who works for a partner, with the role that decides what they may see.</summary>
public sealed class StaffMember
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    public required string DisplayName { get; set; }

    public required string Email { get; set; }

    public StaffRole Role { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
