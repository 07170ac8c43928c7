namespace MentorGraph.Api.Features.Organisations;

public enum OrganisationKind
{
    Ngo,
    University,
    Employer,
    Government,
    Association,
    LicensingBody,
}
