namespace MentorGraph.Api.Features.Opportunities;

/// <summary>
/// A mentee's application to an opportunity. The employer sees it only under the mentee's
/// <see cref="Consents.ConsentPurpose.ShareWithEmployer"/> consent, recorded in <see cref="ConsentId"/>.
/// </summary>
public sealed class OpportunityApplication
{
    public Guid Id { get; set; }

    public Guid OpportunityId { get; set; }

    public Guid MenteeId { get; set; }

    public Guid ConsentId { get; set; }

    public Guid? ReferredByMentorId { get; set; }

    public OpportunityApplicationStatus Status { get; set; }

    public string? Message { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }
}
