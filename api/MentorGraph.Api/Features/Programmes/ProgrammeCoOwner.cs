using MentorGraph.Api.Features.Organisations;

namespace MentorGraph.Api.Features.Programmes;

/// <summary>A partner that co-owns a programme besides its owner (a city, an association...).</summary>
public sealed class ProgrammeCoOwner
{
    public Guid ProgrammeId { get; set; }

    public Guid OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }
}
