using MentorGraph.Api.Features.Organisations;
using MentorGraph.Api.Features.Programmes;
using MentorGraph.Api.Features.Shared;

namespace MentorGraph.Api.Data.Seeding;

/// <summary>The fixed facts the demo network is drawn from: places, occupations, partners and programmes.</summary>
internal static class DemoCatalog
{
    /// <summary>The demo network's "today": every date in it is relative to this instant, never to the clock.</summary>
    public static readonly DateTimeOffset Now = new(2025, 6, 2, 8, 0, 0, TimeSpan.Zero);

    /// <summary>Central European Summer Time: every demo event falls between April and October.</summary>
    public static readonly TimeSpan EventOffset = TimeSpan.FromHours(2);

    public sealed record Place(string City, string Region, string CountryCode, string TimeZone, string Language);

    public sealed record Occupation(string Sector, string Title, string IscoCode, string CredentialTitle);

    public sealed record Partner(string Slug, OrganisationKind Kind, string Name, int PlaceIndex);

    public sealed record ProgrammeSpec(
        string Slug, string Name, ProgrammeKind Kind, string Owner, string[] CoOwners, string[] Sectors,
        string[] Languages, MeetingFormats Formats, ProgrammeDuration Duration, bool Interpretation, string[] RequiredTrainings);

    public static readonly Place[] Places =
    [
        new("Berlin", "Berlin", "DE", "Europe/Berlin", "de"),
        new("Hamburg", "Hamburg", "DE", "Europe/Berlin", "de"),
        new("Köln", "Nordrhein-Westfalen", "DE", "Europe/Berlin", "de"),
        new("Leipzig", "Sachsen", "DE", "Europe/Berlin", "de"),
        new("München", "Bayern", "DE", "Europe/Berlin", "de"),
        new("Paris", "Île-de-France", "FR", "Europe/Paris", "fr"),
        new("Lyon", "Auvergne-Rhône-Alpes", "FR", "Europe/Paris", "fr"),
        new("Marseille", "Provence-Alpes-Côte d'Azur", "FR", "Europe/Paris", "fr"),
        new("Madrid", "Comunidad de Madrid", "ES", "Europe/Madrid", "es"),
        new("Barcelona", "Cataluña", "ES", "Europe/Madrid", "es"),
    ];

    public static readonly Occupation[] Occupations =
    [
        new("HEALTHCARE", "Nurse", "2221", "Bachelor of Nursing"),
        new("HEALTHCARE", "Medical doctor", "2211", "Doctor of Medicine"),
        new("HEALTHCARE", "Pharmacist", "2262", "Bachelor of Pharmacy"),
        new("HEALTHCARE", "Physiotherapist", "2264", "Diploma in Physiotherapy"),
        new("CONSTRUCTION", "Electrician", "7411", "Electrician trade certificate"),
        new("CONSTRUCTION", "Bricklayer", "7112", "Masonry trade certificate"),
        new("CONSTRUCTION", "Plumber", "7126", "Plumbing trade certificate"),
        new("CONSTRUCTION", "Site manager", "3123", "Diploma in Construction Management"),
        new("IT", "Software developer", "2512", "Bachelor of Computer Science"),
        new("IT", "Systems administrator", "2522", "Diploma in Network Administration"),
        new("IT", "Data analyst", "2511", "Bachelor of Statistics"),
        new("HOSPITALITY", "Cook", "5120", "Culinary arts certificate"),
        new("HOSPITALITY", "Hotel receptionist", "4224", "Diploma in Hotel Management"),
        new("HOSPITALITY", "Restaurant manager", "1412", "Diploma in Hospitality Management"),
        new("ENGINEERING", "Civil engineer", "2142", "Bachelor of Civil Engineering"),
        new("ENGINEERING", "Mechanical engineer", "2144", "Bachelor of Mechanical Engineering"),
        new("ENGINEERING", "Electrical engineer", "2151", "Bachelor of Electrical Engineering"),
        new("EDUCATION", "Secondary school teacher", "2330", "Bachelor of Education"),
        new("EDUCATION", "Early childhood educator", "2342", "Diploma in Early Childhood Education"),
        new("BUSINESS", "Accountant", "2411", "Bachelor of Accounting"),
        new("BUSINESS", "Sales and marketing manager", "1221", "Bachelor of Business Administration"),
        new("LOGISTICS", "Warehouse supervisor", "4321", "Logistics certificate"),
    ];

    public static readonly Partner[] Partners =
    [
        new("bruecken-berlin", OrganisationKind.Ngo, "Brücken Berlin e.V.", 0),
        new("nouveaux-horizons", OrganisationKind.Ngo, "Nouveaux Horizons", 5),
        new("puentes-madrid", OrganisationKind.Ngo, "Asociación Puentes", 8),
        new("hochschule-rheinland", OrganisationKind.University, "Hochschule Rheinland", 2),
        new("campus-lyon", OrganisationKind.University, "Campus Lyon Solidaire", 6),
        new("klinikverbund-nord", OrganisationKind.Employer, "Klinikverbund Nord", 1),
        new("baukraft", OrganisationKind.Employer, "BauKraft GmbH", 3),
        new("nordlicht-software", OrganisationKind.Employer, "Nordlicht Software", 0),
        new("hamburg-integration", OrganisationKind.Government, "Integrationsamt Hamburg", 1),
        new("pflegeverband-west", OrganisationKind.Association, "Pflegeverband West", 2),
        new("anerkennungsstelle-sachsen", OrganisationKind.LicensingBody, "Anerkennungsstelle Sachsen", 3),
    ];

    public static readonly ProgrammeSpec[] Programmes =
    [
        new("nurses-bridge", "Nurses Bridge", ProgrammeKind.Professional, "bruecken-berlin", ["pflegeverband-west", "anerkennungsstelle-sachsen"],
            ["HEALTHCARE"], ["de", "ar", "uk"], MeetingFormats.InPerson | MeetingFormats.Virtual, ProgrammeDuration.LongTerm, true, ["TRAUMA_INFORMED_COACHING", "CULTURAL_COMPETENCE"]),
        new("build-your-future", "Build Your Future", ProgrammeKind.Professional, "baukraft", ["anerkennungsstelle-sachsen"],
            ["CONSTRUCTION"], ["de", "prs", "ps"], MeetingFormats.InPerson, ProgrammeDuration.LongTerm, true, ["CULTURAL_COMPETENCE"]),
        new("code-next", "Code Next", ProgrammeKind.Professional, "bruecken-berlin", ["nordlicht-software"],
            ["IT"], ["en", "de"], MeetingFormats.Virtual | MeetingFormats.Hybrid, ProgrammeDuration.ShortTerm, false, []),
        new("engineers-recognised", "Engineers Recognised", ProgrammeKind.Professional, "hochschule-rheinland", ["anerkennungsstelle-sachsen"],
            ["ENGINEERING"], ["de", "en", "ar"], MeetingFormats.Hybrid | MeetingFormats.Virtual, ProgrammeDuration.LongTerm, false, ["CULTURAL_COMPETENCE"]),
        new("hospitality-pathways", "Hospitality Pathways", ProgrammeKind.Professional, "puentes-madrid", [],
            ["HOSPITALITY"], ["es", "en", "fr"], MeetingFormats.InPerson, ProgrammeDuration.ShortTerm, true, []),
        new("welcome-neighbours", "Welcome Neighbours", ProgrammeKind.CulturalIntegration, "hamburg-integration", ["bruecken-berlin"],
            [], ["de", "ar", "prs", "ti", "so"], MeetingFormats.InPerson, ProgrammeDuration.ShortTerm, true, ["TRAUMA_INFORMED_COACHING"]),
        new("campus-compass", "Campus Compass", ProgrammeKind.Educational, "hochschule-rheinland", [],
            ["ENGINEERING", "IT", "BUSINESS"], ["de", "en"], MeetingFormats.Hybrid, ProgrammeDuration.LongTerm, false, []),
        new("etudiants-sans-frontieres", "Étudiants sans frontières", ProgrammeKind.Educational, "campus-lyon", ["nouveaux-horizons"],
            ["EDUCATION", "HEALTHCARE"], ["fr", "ar", "en"], MeetingFormats.InPerson | MeetingFormats.Virtual, ProgrammeDuration.LongTerm, false, []),
        new("start-up-kitchen", "Start-up Kitchen", ProgrammeKind.Entrepreneurship, "nouveaux-horizons", [],
            ["HOSPITALITY", "BUSINESS"], ["fr", "ar", "en"], MeetingFormats.InPerson | MeetingFormats.Hybrid, ProgrammeDuration.ShortTerm, false, []),
        new("familien-willkommen", "Familien Willkommen", ProgrammeKind.FamilyIntegration, "hamburg-integration", ["bruecken-berlin"],
            [], ["de", "uk", "ar", "so"], MeetingFormats.InPerson, ProgrammeDuration.LongTerm, true, ["TRAUMA_INFORMED_COACHING", "SAFEGUARDING"]),
        new("youth-ahead", "Youth Ahead", ProgrammeKind.Youth, "puentes-madrid", ["nouveaux-horizons"],
            ["LOGISTICS", "IT"], ["es", "fr", "en"], MeetingFormats.InPerson | MeetingFormats.Virtual, ProgrammeDuration.ShortTerm, true, ["SAFEGUARDING"]),
        new("peer-circles", "Peer Circles", ProgrammeKind.Peer, "nouveaux-horizons", ["puentes-madrid"],
            [], ["fr", "ar", "ti", "es"], MeetingFormats.Virtual, ProgrammeDuration.ShortTerm, false, []),
    ];

    public static readonly string[] Topics =
    [
        "CREDENTIAL_RECOGNITION", "LICENSING", "CV", "INTERVIEWS", "WORKPLACE_CULTURE", "BUSINESS_START_UP",
        "LANGUAGE_PRACTICE", "NETWORKING", "HIGHER_EDUCATION", "HOUSING_AND_ADMINISTRATION",
    ];

    public static readonly string[] Trainings = ["TRAUMA_INFORMED_COACHING", "CULTURAL_COMPETENCE", "SAFEGUARDING", "ANTI_BIAS", "DATA_PROTECTION"];

    public static readonly string[] Recognitions = ["FIRST_MENTORSHIP", "100_HOURS", "FIVE_MENTEES_PLACED", "MENTOR_OF_THE_YEAR"];

    /// <summary>The body that evaluates foreign qualifications in each host country.</summary>
    public static string EvaluationBody(string countryCode) => countryCode switch
    {
        "DE" => "Zentralstelle für ausländisches Bildungswesen (ZAB)",
        "FR" => "France Éducation international (ENIC-NARIC)",
        _ => "Ministerio de Universidades (homologación)",
    };

    public static string LanguageCertificateIssuer(string language) => language switch
    {
        "de" => "Goethe-Institut",
        "fr" => "Alliance Française (DELF)",
        _ => "Instituto Cervantes (DELE)",
    };
}
