namespace MentorGraph.Api.Features.Organizations;

/// <summary>What kind of partner an organisation is; the schema spells the values NGO, UNIVERSITY, ...</summary>
public enum OrganizationKind
{
    Ngo,
    University,
    Employer,
    Government,
    Association,
    LicensingBody,
}
