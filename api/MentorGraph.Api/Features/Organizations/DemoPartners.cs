namespace MentorGraph.Api.Features.Organizations;

/// <summary>
/// The partners the API serves until the database arrives: one of each kind, so that every
/// value of <see cref="OrganizationKind"/> can be queried.
/// </summary>
public static class DemoPartners
{
    public static IReadOnlyList<Organization> All { get; } =
    [
        new("org-1", "bridges-berlin", "Bridges Berlin", OrganizationKind.Ngo, "DE", new Uri("https://bridges-berlin.example.org/"), new DateOnly(2023, 3, 1)),
        new("org-2", "uni-lyon-welcome", "Université de Lyon — Welcome Programme", OrganizationKind.University, "FR", new Uri("https://welcome.uni-lyon.example.edu/"), new DateOnly(2023, 9, 15)),
        new("org-3", "nordbau", "Nordbau Construction", OrganizationKind.Employer, "DE", null, new DateOnly(2024, 1, 10)),
        new("org-4", "city-of-malmo", "City of Malmö", OrganizationKind.Government, "SE", new Uri("https://malmo.example.se/"), new DateOnly(2024, 2, 20)),
        new("org-5", "nurses-association-nl", "Netherlands Nurses' Association", OrganizationKind.Association, "NL", null, new DateOnly(2024, 5, 6)),
        new("org-6", "medical-board-at", "Austrian Medical Licensing Board", OrganizationKind.LicensingBody, "AT", new Uri("https://board.example.at/"), new DateOnly(2024, 11, 4)),
    ];
}
