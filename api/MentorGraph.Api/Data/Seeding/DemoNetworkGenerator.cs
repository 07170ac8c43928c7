using System.Globalization;
using System.Text;
using Bogus;
using MentorGraph.Api.Features.Auditing;
using MentorGraph.Api.Features.Consents;
using MentorGraph.Api.Features.Credentials;
using MentorGraph.Api.Features.Events;
using MentorGraph.Api.Features.Mentees;
using MentorGraph.Api.Features.Mentors;
using MentorGraph.Api.Features.Mentorships;
using MentorGraph.Api.Features.Opportunities;
using MentorGraph.Api.Features.Organisations;
using MentorGraph.Api.Features.Outcomes;
using MentorGraph.Api.Features.Programmes;
using MentorGraph.Api.Features.Shared;
using static MentorGraph.Api.Data.Seeding.DemoCatalog;

namespace MentorGraph.Api.Data.Seeding;

/// <summary>
/// Draws the demo network from one seeded <see cref="Randomizer"/>: 11 partners of every kind,
/// 12 programmes, 300 mentors, 600 mentees, mentorships in every state with goals and check-ins,
/// 40 events (some full, with waiting lists), 60 opportunities with applications, credentials
/// with recognition pathways, consents and outcomes. Nothing reads the clock or iterates a hash
/// set, so the same seed always gives the same network.
/// </summary>
public sealed class DemoNetworkGenerator
{
    public const int MentorCount = 300;
    public const int MenteeCount = 600;
    public const int EventCount = 40;
    public const int OpportunityCount = 60;

    private const string ConsentTextVersion = "2025-01";

    private readonly Randomizer _random;
    private readonly Faker _faker;
    private readonly DemoNetwork _network = new();
    private readonly Dictionary<string, Organisation> _partners = [];
    private readonly Dictionary<Guid, Place> _menteePlaces = [];
    private readonly Dictionary<Guid, DemoNames.Origin> _menteeOrigins = [];
    private readonly Dictionary<Guid, Occupation> _menteeOccupations = [];

    private DemoNetworkGenerator(int seed)
    {
        _random = new Randomizer(seed);
        _faker = new Faker("de") { Random = _random };
    }

    public static DemoNetwork Generate(int seed)
    {
        var generator = new DemoNetworkGenerator(seed);
        generator.AddPartners();
        generator.AddProgrammes();
        generator.AddMentors();
        generator.AddMentees();
        generator.AddMentorships();
        generator.AddCredentials();
        generator.AddEvents();
        generator.AddOpportunities();
        generator.AddOutcomes();
        generator.AddAuditLog();
        return generator._network;
    }

    private DateTimeOffset DaysAgo(int min, int max) => Now.AddDays(-_random.Int(min, max)).AddMinutes(-_random.Int(0, 600));

    private void AddPartners()
    {
        foreach (var partner in Partners)
        {
            var place = Places[partner.PlaceIndex];
            var organisation = new Organisation
            {
                Id = _random.Guid(),
                Slug = partner.Slug,
                Kind = partner.Kind,
                Name = partner.Name,
                CountryCode = place.CountryCode,
                Region = place.Region,
                WebsiteUrl = $"https://www.{partner.Slug}.example.org",
                Widget = new WidgetSettings
                {
                    AllowedOrigins = [$"https://www.{partner.Slug}.example.org", $"https://{partner.Slug}.example.org"],
                    Theme = _random.ArrayElement(new[] { "light", "dark", "high-contrast" }),
                    DefaultLanguage = place.Language,
                },
                CreatedAt = DaysAgo(700, 900),
            };
            _partners[partner.Slug] = organisation;
            _network.Organisations.Add(organisation);

            var (given, family) = DemoNames.Hosts[place.Language];
            var staffCount = _random.Int(2, 4);
            for (var i = 0; i < staffCount; i++)
            {
                var first = _random.ArrayElement(given);
                var last = _random.ArrayElement(family);
                _network.StaffMembers.Add(new StaffMember
                {
                    Id = _random.Guid(),
                    OrganisationId = organisation.Id,
                    DisplayName = $"{first} {last}",
                    Email = $"{Ascii(first)}.{Ascii(last)}{i}@{partner.Slug}.example.org",
                    Role = i == 0 ? StaffRole.Administrator : i == 3 ? StaffRole.Analyst : StaffRole.Coordinator,
                    CreatedAt = organisation.CreatedAt.AddDays(i),
                });
            }
        }
    }

    private void AddProgrammes()
    {
        foreach (var spec in DemoCatalog.Programmes)
        {
            var owner = _partners[spec.Owner];
            var programme = new Programme
            {
                Id = _random.Guid(),
                Slug = spec.Slug,
                OwnerOrganisationId = owner.Id,
                Name = spec.Name,
                Kind = spec.Kind,
                Summary = $"{spec.Name} pairs newcomers with experienced mentors in {string.Join(", ", spec.Languages)}.",
                Objectives = ObjectivesFor(spec.Kind),
                MeasurableOutcomes = ["Share of mentees in work or training six months after the programme", "Credentials recognised", "Mentee satisfaction (1 to 5)"],
                Eligibility = spec.Kind == ProgrammeKind.Youth
                    ? "Aged 16 to 25, living in the region, with refugee or migrant background."
                    : "Refugees and migrants living in the region; no minimum language level.",
                Duration = spec.Duration,
                DurationWeeks = spec.Duration == ProgrammeDuration.LongTerm ? _random.Int(26, 52) : _random.Int(8, 16),
                Formats = spec.Formats,
                Languages = [.. spec.Languages],
                InterpretationOffered = spec.Interpretation,
                Capacity = _random.Int(40, 120),
                RequiredTrainings = [.. spec.RequiredTrainings],
                MatchingWeights = new MatchingWeights(),
                ProposalWindowDays = _random.Int(5, 14),
                IsPublic = true,
                CreatedAt = owner.CreatedAt.AddDays(_random.Int(10, 200)),
            };
            _network.Programmes.Add(programme);
            owner.Widget.ProgrammeIdsShown.Add(programme.Id);
            foreach (var coOwner in spec.CoOwners)
            {
                _network.ProgrammeCoOwners.Add(new ProgrammeCoOwner { ProgrammeId = programme.Id, OrganisationId = _partners[coOwner].Id });
            }

            foreach (var occupation in Occupations.Where(o => spec.Sectors.Contains(o.Sector)))
            {
                _network.SectorTracks.Add(new SectorTrack
                {
                    Id = _random.Guid(),
                    ProgrammeId = programme.Id,
                    Sector = occupation.Sector,
                    Name = occupation.Title,
                    IscoCode = occupation.IscoCode,
                    EscoOccupationUri = $"http://data.europa.eu/esco/isco/C{occupation.IscoCode}",
                });
            }

            var cohorts = _random.Int(1, 3);
            for (var i = 0; i < cohorts; i++)
            {
                var starts = new DateOnly(2024, 9, 1).AddMonths(6 * i);
                _network.Cohorts.Add(new Cohort
                {
                    Id = _random.Guid(),
                    ProgrammeId = programme.Id,
                    Name = starts.Month == 9 ? $"Autumn {starts.Year}" : $"Spring {starts.Year}",
                    StartsOn = starts,
                    EndsOn = starts.AddDays(7 * programme.DurationWeeks),
                    Capacity = programme.Capacity / cohorts,
                });
            }
        }
    }

    private static List<string> ObjectivesFor(ProgrammeKind kind) => kind switch
    {
        ProgrammeKind.Professional => ["Get foreign qualifications recognised", "Reach work in the mentee's field", "Understand workplace norms"],
        ProgrammeKind.CulturalIntegration => ["Find one's way in the city", "Build a local network", "Practise the language"],
        ProgrammeKind.Educational => ["Enrol in and complete a degree", "Navigate university administration"],
        ProgrammeKind.Entrepreneurship => ["Write a business plan", "Register a business", "Find first customers"],
        ProgrammeKind.FamilyIntegration => ["Find childcare and schools", "Connect families with neighbours"],
        ProgrammeKind.Youth => ["Find an apprenticeship or training place", "Finish school"],
        _ => ["Share experience between newcomers", "Grow alumni into mentors"],
    };

    private void AddMentors()
    {
        var mentorOrganisations = _network.Organisations.Where(o => o.Kind is OrganisationKind.Ngo or OrganisationKind.University or OrganisationKind.Association).ToList();
        for (var i = 0; i < MentorCount; i++)
        {
            var place = _random.ArrayElement(Places);
            var occupation = _random.ArrayElement(Occupations);
            var diaspora = _random.Bool(0.3f);
            string given, family;
            var languages = new List<(string Code, CefrLevel Level)> { (place.Language, diaspora ? _random.Bool() ? CefrLevel.C1 : CefrLevel.C2 : CefrLevel.Native) };
            if (diaspora)
            {
                var origin = PickOrigin();
                given = _random.ArrayElement(origin.Given);
                family = _random.ArrayElement(origin.Family);
                if (languages.All(l => l.Code != origin.Languages[0]))
                {
                    languages.Add((origin.Languages[0], CefrLevel.Native));
                }

                if (origin.Languages.Length > 1 && _random.Bool(0.5f))
                {
                    languages.Add((origin.Languages[1], _random.Bool() ? CefrLevel.Native : CefrLevel.C1));
                }
            }
            else
            {
                (var givenNames, var familyNames) = DemoNames.Hosts[_random.Bool(0.08f) ? "en" : place.Language];
                given = _random.ArrayElement(givenNames);
                family = _random.ArrayElement(familyNames);
            }

            if (languages.All(l => l.Code != "en") && _random.Bool(0.8f))
            {
                languages.Add(("en", (CefrLevel)_random.Int((int)CefrLevel.B1, (int)CefrLevel.Native)));
            }

            foreach (var extra in new[] { "fr", "es", "ar", "uk" })
            {
                if (languages.All(l => l.Code != extra) && _random.Bool(0.07f))
                {
                    languages.Add((extra, (CefrLevel)_random.Int((int)CefrLevel.B1, (int)CefrLevel.C1)));
                }
            }

            var sectors = new List<string> { occupation.Sector };
            if (_random.Bool(0.25f))
            {
                var second = _random.ArrayElement(Occupations).Sector;
                if (!sectors.Contains(second))
                {
                    sectors.Add(second);
                }
            }

            var mentor = new Mentor
            {
                Id = _random.Guid(),
                OrganisationId = _random.Bool(0.7f) ? _random.ListItem(mentorOrganisations).Id : null,
                DisplayName = $"{given} {family}",
                Headline = $"{occupation.Title}, {_random.Int(3, 30)} years in {place.City}",
                Email = $"{Ascii(given)}.{Ascii(family)}.m{i}@mentors.example.org",
                Occupation = occupation.Title,
                IscoCode = occupation.IscoCode,
                Sectors = sectors,
                YearsOfExperience = _random.Int(3, 35),
                City = place.City,
                Region = place.Region,
                CountryCode = place.CountryCode,
                TimeZone = place.TimeZone,
                Formats = (MeetingFormats)_random.Int(1, 7),
                Capacity = _random.Int(1, 4),
                Topics = [.. _random.ListItems(Topics, _random.Int(2, 4)).Order(StringComparer.Ordinal)],
                Trainings = [.. _random.ListItems(Trainings, _random.Int(0, 3)).Order(StringComparer.Ordinal)],
                Recognitions = [.. _random.ListItems(Recognitions, _random.Int(0, 2)).Order(StringComparer.Ordinal)],
                IsInPublicDirectory = _random.Bool(0.85f),
                CreatedAt = DaysAgo(200, 700),
            };
            _network.Mentors.Add(mentor);
            foreach (var (code, level) in languages)
            {
                _network.MentorLanguages.Add(new MentorLanguage { MentorId = mentor.Id, LanguageCode = code, Level = level });
            }

            var windows = _random.Int(1, 4);
            var days = _random.ListItems(Enum.GetValues<DayOfWeek>().ToList(), windows).Order().ToList();
            foreach (var day in days)
            {
                var start = day is DayOfWeek.Saturday or DayOfWeek.Sunday ? _random.Int(9, 14) : _random.Int(7, 19);
                _network.AvailabilityWindows.Add(new AvailabilityWindow
                {
                    Id = _random.Guid(),
                    MentorId = mentor.Id,
                    Day = day,
                    StartsAt = new TimeOnly(start, _random.Bool() ? 0 : 30),
                    EndsAt = new TimeOnly(Math.Min(start + _random.Int(1, 3), 23), 0),
                });
            }

            if (_random.Bool(0.2f))
            {
                var starts = DateOnly.FromDateTime(Now.UtcDateTime).AddDays(_random.Int(10, 90));
                _network.AvailabilityExceptions.Add(new AvailabilityException
                {
                    Id = _random.Guid(),
                    MentorId = mentor.Id,
                    StartsOn = starts,
                    EndsOn = starts.AddDays(_random.Int(3, 21)),
                    Reason = _random.ArrayElement(new[] { "Holiday", "Parental leave", "Conference", null }),
                });
            }

            // Professional and educational programmes take mentors of their sectors; every
            // mentor may also join one programme of another kind.
            foreach (var spec in DemoCatalog.Programmes.Where(p => p.Sectors.Intersect(sectors).Any()))
            {
                AddProgrammeMentor(spec.Slug, mentor);
            }

            if (_random.Bool(0.5f))
            {
                var open = DemoCatalog.Programmes.Where(p => p.Sectors.Length == 0).ToList();
                AddProgrammeMentor(_random.ListItem(open).Slug, mentor);
            }
        }
    }

    private void AddProgrammeMentor(string slug, Mentor mentor)
    {
        var programme = _network.Programmes.Single(p => p.Slug == slug);
        _network.ProgrammeMentors.Add(new ProgrammeMentor
        {
            ProgrammeId = programme.Id,
            MentorId = mentor.Id,
            JoinedAt = mentor.CreatedAt.AddDays(_random.Int(1, 30)),
        });
    }

    /// <summary>Bogus's weighted pick expects weights that sum to 1.</summary>
    private static readonly float[] _originWeights =
        DemoNames.Refugees.Select(o => o.Weight / (float)DemoNames.Refugees.Sum(r => r.Weight)).ToArray();

    private DemoNames.Origin PickOrigin() => _random.WeightedRandom(DemoNames.Refugees, _originWeights);

    private static readonly string[] _goalPhrases =
    [
        "Get my qualification recognised", "Reach B2 in the local language", "Find an internship in my field",
        "Prepare my CV and cover letter", "Pass the licensing exam", "Understand how job interviews work here",
        "Start my own business", "Enrol at university", "Find a school place for my children", "Build a professional network",
    ];

    private void AddMentees()
    {
        for (var i = 0; i < MenteeCount; i++)
        {
            var origin = PickOrigin();
            var place = _random.ArrayElement(Places);
            var occupation = _random.ArrayElement(Occupations);
            var given = _random.ArrayElement(origin.Given);
            var family = _random.ArrayElement(origin.Family);
            var createdAt = DaysAgo(20, 520);
            var languages = new List<(string Code, CefrLevel Level)> { (origin.Languages[0], CefrLevel.Native) };
            if (origin.Languages.Length > 1 && _random.Bool(0.6f))
            {
                languages.Add((origin.Languages[1], (CefrLevel)_random.Int((int)CefrLevel.B1, (int)CefrLevel.Native)));
            }

            if (languages.All(l => l.Code != place.Language))
            {
                languages.Add((place.Language, (CefrLevel)_random.Int((int)CefrLevel.A1, (int)CefrLevel.B2)));
            }

            if (languages.All(l => l.Code != "en") && _random.Bool(0.5f))
            {
                languages.Add(("en", (CefrLevel)_random.Int((int)CefrLevel.A2, (int)CefrLevel.C1)));
            }

            var sensitiveConsent = _random.Bool(0.5f);
            var mentee = new Mentee
            {
                Id = _random.Guid(),
                GivenName = given,
                FamilyName = family,
                PreferredName = _random.Bool(0.1f) ? given.Split(' ', '-')[0] : null,
                Email = $"{Ascii(given)}.{Ascii(family)}.{i}@mail.example.org",
                Phone = _random.Bool(0.8f) ? PhoneFor(place.CountryCode) : null,
                City = place.City,
                Region = place.Region,
                CountryCode = place.CountryCode,
                TimeZone = place.TimeZone,
                PreferredLanguage = _random.Bool(0.85f) ? origin.Languages[0] : place.Language,
                TargetOccupation = occupation.Title,
                TargetIscoCode = occupation.IscoCode,
                TargetSector = occupation.Sector,
                YearsOfExperience = _random.Int(0, 20),
                EducationLevel = _random.Enum<EducationLevel>(),
                EducationSummary = $"{occupation.CredentialTitle}, {_random.ArrayElement(origin.Universities)}",
                Goals = [.. _random.ListItems(_goalPhrases, _random.Int(1, 3))],
                Needs = (MenteeNeeds)(_random.Int(0, 63) & _random.Int(0, 63)),
                CountryOfOrigin = sensitiveConsent ? origin.CountryCode : null,
                CreatedAt = createdAt,
            };
            mentee.AccommodationNotes = mentee.Needs.HasFlag(MenteeNeeds.Childcare) ? "Meetings during school hours, or with childcare." : null;
            _network.Mentees.Add(mentee);
            _menteePlaces[mentee.Id] = place;
            _menteeOrigins[mentee.Id] = origin;
            _menteeOccupations[mentee.Id] = occupation;
            foreach (var (code, level) in languages)
            {
                _network.MenteeLanguages.Add(new MenteeLanguage { MenteeId = mentee.Id, LanguageCode = code, Level = level });
            }

            AddConsent(mentee, ConsentPurpose.ProgrammeParticipation, createdAt, withdrawn: false);
            if (sensitiveConsent)
            {
                AddConsent(mentee, ConsentPurpose.SensitiveMatching, createdAt, withdrawn: _random.Bool(0.1f));
            }

            if (_random.Bool(0.7f))
            {
                AddConsent(mentee, ConsentPurpose.OutcomeReporting, createdAt, withdrawn: _random.Bool(0.05f));
            }

            AddApplications(mentee, occupation);
        }
    }

    private Consent AddConsent(Mentee mentee, ConsentPurpose purpose, DateTimeOffset givenAt, bool withdrawn)
    {
        var consent = new Consent
        {
            Id = _random.Guid(),
            MenteeId = mentee.Id,
            Purpose = purpose,
            TextVersion = ConsentTextVersion,
            Language = mentee.PreferredLanguage,
            GivenAt = givenAt,
            WithdrawnAt = withdrawn ? givenAt.AddDays(_random.Int(5, 15)) : null,
        };
        _network.Consents.Add(consent);
        return consent;
    }

    private void AddApplications(Mentee mentee, Occupation occupation)
    {
        var matching = _network.Programmes.Where(p => _network.SectorTracks.Any(t => t.ProgrammeId == p.Id && t.Sector == occupation.Sector)).ToList();
        var first = matching.Count > 0 && _random.Bool(0.8f) ? _random.ListItem(matching) : _random.ListItem(_network.Programmes);
        var programmes = new List<Programme> { first };
        if (_random.Bool(0.2f))
        {
            var second = _random.ListItem(_network.Programmes);
            if (second != first)
            {
                programmes.Add(second);
            }
        }

        foreach (var programme in programmes)
        {
            var submittedAt = mentee.CreatedAt.AddMinutes(_random.Int(5, 600));
            var status = _random.WeightedRandom(
                [ApplicationStatus.Accepted, ApplicationStatus.InReview, ApplicationStatus.Submitted, ApplicationStatus.Declined, ApplicationStatus.Withdrawn],
                [0.62f, 0.1f, 0.1f, 0.1f, 0.08f]);
            _network.Applications.Add(new Application
            {
                Id = _random.Guid(),
                ProgrammeId = programme.Id,
                MenteeId = mentee.Id,
                OrganisationId = programme.OwnerOrganisationId,
                Status = status,
                Source = _random.WeightedRandom([ApplicationSource.Widget, ApplicationSource.Api, ApplicationSource.Coordinator], [0.7f, 0.1f, 0.2f]),
                Language = mentee.PreferredLanguage,
                Motivation = _random.ArrayElement(_goalPhrases) + ".",
                SubmittedAt = submittedAt,
                DecidedAt = status is ApplicationStatus.Accepted or ApplicationStatus.Declined ? submittedAt.AddDays(_random.Int(2, 14)) : null,
            });
        }
    }

    private void AddMentorships()
    {
        var mentorsById = _network.Mentors.ToDictionary(m => m.Id);
        var mentorsByProgramme = _network.ProgrammeMentors.GroupBy(pm => pm.ProgrammeId).ToDictionary(g => g.Key, g => g.Select(pm => mentorsById[pm.MentorId]).ToList());
        var languagesByMentor = _network.MentorLanguages.GroupBy(l => l.MentorId).ToDictionary(g => g.Key, g => g.Select(l => l.LanguageCode).ToList());
        var languagesByMentee = _network.MenteeLanguages.GroupBy(l => l.MenteeId).ToDictionary(g => g.Key, g => g.Select(l => l.LanguageCode).ToList());
        var menteesById = _network.Mentees.ToDictionary(m => m.Id);

        foreach (var application in _network.Applications.Where(a => a.Status == ApplicationStatus.Accepted).ToList())
        {
            if (!mentorsByProgramme.TryGetValue(application.ProgrammeId, out var candidates))
            {
                continue;
            }

            var mentee = menteesById[application.MenteeId];
            var started = application.DecidedAt!.Value.AddDays(_random.Int(1, 10));
            var age = (Now - started).TotalDays;
            var status = _random.WeightedRandom(
                [MentorshipStatus.Proposed, MentorshipStatus.Active, MentorshipStatus.Paused, MentorshipStatus.Completed, MentorshipStatus.Ended],
                [0.1f, 0.42f, 0.08f, 0.25f, 0.15f]);
            if (status is MentorshipStatus.Completed or MentorshipStatus.Ended && age < 120)
            {
                status = MentorshipStatus.Active;
            }

            var mentor = PickMentor(candidates, languagesByMentee[mentee.Id], languagesByMentor, needsCapacity: IsOpen(status));
            if (mentor is null)
            {
                status = MentorshipStatus.Completed;
                mentor = PickMentor(candidates, languagesByMentee[mentee.Id], languagesByMentor, needsCapacity: false)!;
                if (age < 120)
                {
                    continue;
                }
            }

            var mentorship = AddMentorship(application.ProgrammeId, mentor, mentee, status, started, languagesByMentor, languagesByMentee, replaces: null);
            if (status == MentorshipStatus.Ended && _random.Bool(0.35f))
            {
                // Reassignment: a new match that records the one it replaces.
                mentorship.EndReason = MentorshipEndReason.Reassigned;
                var next = PickMentor(candidates.Where(c => c != mentor).ToList(), languagesByMentee[mentee.Id], languagesByMentor, needsCapacity: true);
                if (next is not null)
                {
                    AddMentorship(application.ProgrammeId, next, mentee, MentorshipStatus.Active, mentorship.EndedAt!.Value.AddDays(3), languagesByMentor, languagesByMentee, mentorship);
                }
            }

            if (status == MentorshipStatus.Completed)
            {
                mentee.AlumnusSince ??= DateOnly.FromDateTime(mentorship.EndedAt!.Value.UtcDateTime);
            }
        }
    }

    private static bool IsOpen(MentorshipStatus status) =>
        status is MentorshipStatus.Proposed or MentorshipStatus.Active or MentorshipStatus.Paused;

    private Mentor? PickMentor(List<Mentor> candidates, List<string> menteeLanguages, Dictionary<Guid, List<string>> languagesByMentor, bool needsCapacity)
    {
        var eligible = candidates.Where(m => !needsCapacity || m.ActiveMenteeCount < m.Capacity).ToList();
        if (eligible.Count == 0)
        {
            return null;
        }

        var sharing = eligible.Where(m => languagesByMentor[m.Id].Intersect(menteeLanguages).Any()).ToList();
        return _random.ListItem(sharing.Count > 0 && _random.Bool(0.85f) ? sharing : eligible);
    }

    private Mentorship AddMentorship(
        Guid programmeId, Mentor mentor, Mentee mentee, MentorshipStatus status, DateTimeOffset proposedAt,
        Dictionary<Guid, List<string>> languagesByMentor, Dictionary<Guid, List<string>> languagesByMentee, Mentorship? replaces)
    {
        var shared = languagesByMentor[mentor.Id].Intersect(languagesByMentee[mentee.Id]).Order(StringComparer.Ordinal).ToList();
        var started = status == MentorshipStatus.Proposed ? (DateTimeOffset?)null : proposedAt.AddDays(_random.Int(1, 6));
        var mentorship = new Mentorship
        {
            Id = _random.Guid(),
            ProgrammeId = programmeId,
            MentorId = mentor.Id,
            MenteeId = mentee.Id,
            Status = status,
            ReplacesMentorshipId = replaces?.Id,
            Score = Math.Round(_random.Double(0.55, 0.98), 3),
            ScoreExplanation = new MatchExplanation
            {
                SharedLanguages = shared,
                SameSector = mentor.Sectors.Contains(mentee.TargetSector ?? ""),
                SharedBackground = mentee.CountryOfOrigin is not null && _random.Bool(0.2f),
                OverlappingAvailabilityMinutesPerWeek = _random.Int(2, 12) * 30,
                CompatibleFormat = true,
            },
            ProposedAt = proposedAt,
            StartedAt = started,
        };
        if (status == MentorshipStatus.Paused)
        {
            mentorship.PausedAt = Now.AddDays(-_random.Int(3, 30));
        }

        if (status is MentorshipStatus.Completed or MentorshipStatus.Ended)
        {
            var end = started!.Value.AddDays(_random.Int(60, 110));
            mentorship.EndedAt = end < Now ? end : Now.AddDays(-1);
            if (status == MentorshipStatus.Ended)
            {
                mentorship.EndReason = _random.ArrayElement(new[] { MentorshipEndReason.MenteeWithdrew, MentorshipEndReason.MentorWithdrew, MentorshipEndReason.NoContact, MentorshipEndReason.Other });
                mentorship.EndNote = mentorship.EndReason == MentorshipEndReason.Other ? "Moved to another city." : null;
            }
        }

        if (IsOpen(status))
        {
            mentor.ActiveMenteeCount++;
        }

        _network.Mentorships.Add(mentorship);
        if (started is not null)
        {
            AddGoalsAndCheckIns(mentorship, mentee, started.Value);
        }

        return mentorship;
    }

    private void AddGoalsAndCheckIns(Mentorship mentorship, Mentee mentee, DateTimeOffset started)
    {
        var closed = mentorship.EndedAt;
        var goals = _random.ListItems(mentee.Goals.Count > 0 ? mentee.Goals : [.. _goalPhrases], _random.Int(1, Math.Min(3, Math.Max(1, mentee.Goals.Count))));
        foreach (var title in goals)
        {
            var achieved = mentorship.Status == MentorshipStatus.Completed ? _random.Bool(0.75f) : _random.Bool(0.2f);
            var goal = new Goal
            {
                Id = _random.Guid(),
                MentorshipId = mentorship.Id,
                Title = title,
                Description = $"Agreed in the first meeting: {title.ToLowerInvariant()}.",
                TargetDate = DateOnly.FromDateTime(started.UtcDateTime).AddDays(_random.Int(60, 200)),
                Status = achieved ? GoalStatus.Achieved : mentorship.Status == MentorshipStatus.Ended ? GoalStatus.Dropped : GoalStatus.Open,
                CreatedAt = started.AddDays(1),
                AchievedAt = achieved ? Min(started.AddDays(_random.Int(30, 100)), closed ?? Now) : null,
            };
            _network.Goals.Add(goal);
            var milestones = _random.Int(1, 3);
            for (var i = 1; i <= milestones; i++)
            {
                var due = goal.TargetDate.Value.AddDays(-14 * (milestones - i));
                var done = achieved || due.ToDateTime(TimeOnly.MinValue) < Now.UtcDateTime.AddDays(-20);
                _network.Milestones.Add(new Milestone
                {
                    Id = _random.Guid(),
                    GoalId = goal.Id,
                    Sequence = i,
                    Title = $"Step {i}: {_random.ArrayElement(new[] { "gather documents", "book an appointment", "draft and review", "practise together", "submit" })}",
                    DueOn = due,
                    CompletedAt = done ? Min(new DateTimeOffset(due.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero), closed ?? Now) : null,
                });
            }
        }

        var end = closed ?? Now.AddDays(30);
        for (var at = started.AddDays(7); at < end; at = at.AddDays(_random.Int(10, 21)))
        {
            var past = at < Now;
            if (!past && mentorship.Status != MentorshipStatus.Active)
            {
                break;
            }

            var status = !past ? CheckInStatus.Scheduled : _random.Bool(0.85f) ? CheckInStatus.Held : CheckInStatus.Missed;
            _network.CheckIns.Add(new CheckIn
            {
                Id = _random.Guid(),
                MentorshipId = mentorship.Id,
                ScheduledAt = at,
                Status = status,
                Format = _random.ArrayElement(new[] { MeetingFormats.InPerson, MeetingFormats.Virtual }),
                DurationMinutes = status == CheckInStatus.Held ? _random.Int(2, 6) * 15 : null,
                PrivateNotes = status == CheckInStatus.Held
                    ? _random.ArrayElement(new[] { "Went through the recognition documents.", "Practised an interview.", "Talked about workplace culture.", "Reviewed the CV together.", "Planned next steps." })
                    : null,
            });
        }

        if (mentorship.Status is MentorshipStatus.Completed or MentorshipStatus.Active && _random.Bool(0.7f))
        {
            foreach (var author in new[] { FeedbackAuthor.Mentee, FeedbackAuthor.Mentor })
            {
                _network.Feedback.Add(new Feedback
                {
                    Id = _random.Guid(),
                    MentorshipId = mentorship.Id,
                    Author = author,
                    Rating = _random.WeightedRandom([3, 4, 5, 2], [0.2f, 0.4f, 0.35f, 0.05f]),
                    Comment = _random.Bool(0.6f) ? _random.ArrayElement(new[] { "Very helpful.", "Good conversations, hard to find time.", "I feel more confident now.", "Would do it again." }) : null,
                    SubmittedAt = Min(started.AddDays(_random.Int(30, 90)), closed ?? Now),
                });
            }
        }
    }

    private void AddCredentials()
    {
        foreach (var mentee in _network.Mentees)
        {
            var origin = _menteeOrigins[mentee.Id];
            var place = _menteePlaces[mentee.Id];
            var occupation = _menteeOccupations[mentee.Id];
            if (_random.Bool(0.8f))
            {
                var stepsDone = _random.Int(0, 5);
                var credential = new Credential
                {
                    Id = _random.Guid(),
                    MenteeId = mentee.Id,
                    Kind = occupation.CredentialTitle.Contains("trade", StringComparison.Ordinal) ? CredentialKind.TradeCertificate : CredentialKind.Qualification,
                    Title = occupation.CredentialTitle,
                    IssuedBy = _random.ArrayElement(origin.Universities),
                    IssuingCountryCode = origin.CountryCode,
                    IssuedOn = new DateOnly(_random.Int(1995, 2022), _random.Int(6, 7), _random.Int(1, 28)),
                    IscoCode = occupation.IscoCode,
                    IsForeign = true,
                };
                _network.Credentials.Add(credential);
                var steps = PathwayFor(occupation, place);
                var day = DateOnly.FromDateTime(mentee.CreatedAt.UtcDateTime).AddDays(14);
                for (var i = 0; i < steps.Count; i++)
                {
                    var (kind, title, body, level) = steps[i];
                    var status = i < stepsDone ? RecognitionStepStatus.Completed
                        : i == stepsDone ? (_random.Bool(0.9f) ? RecognitionStepStatus.InProgress : RecognitionStepStatus.Failed)
                        : RecognitionStepStatus.NotStarted;
                    var duration = _random.Int(14, 90);
                    _network.RecognitionSteps.Add(new RecognitionStep
                    {
                        Id = _random.Guid(),
                        CredentialId = credential.Id,
                        Sequence = i + 1,
                        Kind = kind,
                        Title = title,
                        ResponsibleBody = body,
                        Status = status,
                        StartedOn = status == RecognitionStepStatus.NotStarted ? null : day,
                        DueOn = day.AddDays(duration),
                        CompletedOn = status == RecognitionStepStatus.Completed ? day.AddDays(duration - _random.Int(0, 10)) : null,
                        EvidenceUrl = status == RecognitionStepStatus.Completed ? $"https://files.example.org/evidence/{credential.Id:N}/{i + 1}.pdf" : null,
                        RequiredLanguageLevel = level,
                    });
                    day = day.AddDays(duration);
                }

                credential.RecognitionStatus = stepsDone >= steps.Count ? RecognitionStatus.Recognised
                    : stepsDone == 0 ? RecognitionStatus.NotStarted
                    : stepsDone >= steps.Count - 1 ? RecognitionStatus.PartiallyRecognised
                    : RecognitionStatus.InProgress;
            }

            if (_random.Bool(0.4f))
            {
                _network.Credentials.Add(new Credential
                {
                    Id = _random.Guid(),
                    MenteeId = mentee.Id,
                    Kind = CredentialKind.LanguageCertificate,
                    Title = $"{place.Language.ToUpperInvariant()} {_random.ArrayElement(new[] { "A2", "B1", "B2" })} certificate",
                    IssuedBy = LanguageCertificateIssuer(place.Language),
                    IssuingCountryCode = place.CountryCode,
                    IssuedOn = DateOnly.FromDateTime(mentee.CreatedAt.UtcDateTime).AddDays(_random.Int(30, 200)),
                    IsForeign = false,
                    RecognitionStatus = RecognitionStatus.NotNeeded,
                });
            }
        }
    }

    private static List<(RecognitionStepKind Kind, string Title, string Body, CefrLevel? Level)> PathwayFor(Occupation occupation, Place place)
    {
        var steps = new List<(RecognitionStepKind, string, string, CefrLevel?)>
        {
            (RecognitionStepKind.Translation, "Certified translation of diploma and transcripts", "Sworn translator", null),
            (RecognitionStepKind.Evaluation, "Evaluation of the foreign qualification", EvaluationBody(place.CountryCode), null),
        };
        var regulated = occupation.Sector is "HEALTHCARE" or "EDUCATION" || occupation.IscoCode is "7411" or "2142";
        if (regulated)
        {
            steps.Add((RecognitionStepKind.LanguageCertificate, $"Language certificate ({place.Language}) at B2", LanguageCertificateIssuer(place.Language), CefrLevel.B2));
            steps.Add((RecognitionStepKind.BridgingCourse, "Bridging course for the missing modules", "Adult education centre", null));
            steps.Add((RecognitionStepKind.Exam, "Knowledge exam", "State examination office", null));
            steps.Add((RecognitionStepKind.LicenceApplication, "Licence to practise", "Regional licensing authority", null));
        }
        else
        {
            steps.Add((RecognitionStepKind.LanguageCertificate, $"Language certificate ({place.Language}) at B1", LanguageCertificateIssuer(place.Language), CefrLevel.B1));
        }

        return steps;
    }

    private static readonly EventKind[] _eventKinds = Enum.GetValues<EventKind>();

    private void AddEvents()
    {
        var organisers = _network.Organisations.Where(o => o.Kind != OrganisationKind.Employer).ToList();
        var employers = _network.Organisations.Where(o => o.Kind == OrganisationKind.Employer).ToList();
        for (var i = 0; i < EventCount; i++)
        {
            var kind = _eventKinds[i % _eventKinds.Length];
            var organiser = kind == EventKind.CareerFair ? _random.ListItem(employers) : _random.ListItem(organisers);
            var place = _random.ArrayElement(Places);
            var format = _random.WeightedRandom([MeetingFormats.InPerson, MeetingFormats.Virtual, MeetingFormats.Hybrid], [0.6f, 0.2f, 0.2f]);
            var day = Now.Date.AddDays(_random.Int(-50, 100));
            var startsLocal = day.AddHours(kind == EventKind.CareerFair ? 10 : _random.Int(16, 18)).AddMinutes(_random.Bool() ? 0 : 30);
            var startsAt = new DateTimeOffset(startsLocal, EventOffset).ToUniversalTime();
            var full = i % 4 == 0;
            var languages = new List<string> { place.Language };
            foreach (var extra in _random.ListItems(new List<string> { "en", "ar", "uk", "prs", "ti", "so" }, _random.Int(0, 2)))
            {
                languages.Add(extra);
            }

            var @event = new Event
            {
                Id = _random.Guid(),
                OrganiserOrganisationId = organiser.Id,
                Kind = kind,
                Title = EventTitle(kind, place),
                Description = $"Open to mentees and mentors of the network. Languages: {string.Join(", ", languages)}.",
                StartsAt = startsAt,
                EndsAt = startsAt.AddHours(kind == EventKind.CareerFair ? 6 : 2),
                TimeZone = place.TimeZone,
                Format = format,
                VenueName = format == MeetingFormats.Virtual ? null : $"{organiser.Name}, {_random.ArrayElement(new[] { "Saal 1", "Community room", "Auditorium", "Workshop space" })}",
                Address = format == MeetingFormats.Virtual ? null : $"{_faker.Address.StreetAddress()}, {place.City}",
                City = format == MeetingFormats.Virtual ? null : place.City,
                VirtualUrl = format == MeetingFormats.InPerson ? null : $"https://meet.example.org/{organiser.Slug}-{i + 1}",
                Capacity = full ? _random.Int(10, 25) : _random.Int(20, 80),
                Languages = languages,
                InterpretationOffered = _random.Bool(0.4f),
                AccessibilityNotes = _random.ArrayElement(new[] { "Step-free access; accessible toilet.", "Sign language interpretation on request.", "Childcare available on site.", null }),
                IsPublic = _random.Bool(0.85f),
                CreatedAt = startsAt.AddDays(-_random.Int(20, 60)),
            };
            _network.Events.Add(@event);
            foreach (var programme in _random.ListItems(_network.Programmes, _random.Int(1, 2)))
            {
                _network.EventProgrammes.Add(new EventProgramme { EventId = @event.Id, ProgrammeId = programme.Id });
            }

            var wanted = full ? @event.Capacity + _random.Int(2, 8) : (int)(@event.Capacity * _random.Double(0.3, 0.9));
            var mentees = _random.ListItems(_network.Mentees, wanted);
            var past = @event.StartsAt < Now;
            foreach (var mentee in mentees)
            {
                var mentorInstead = _random.Bool(0.1f);
                var registeredAt = Min(@event.CreatedAt.AddHours(_random.Int(1, 400)), @event.StartsAt.AddHours(-1));
                var registration = new Registration
                {
                    Id = _random.Guid(),
                    EventId = @event.Id,
                    MenteeId = mentorInstead ? null : mentee.Id,
                    MentorId = mentorInstead ? _random.ListItem(_network.Mentors).Id : null,
                    RegisteredAt = registeredAt,
                };
                if (_random.Bool(0.05f))
                {
                    registration.Status = RegistrationStatus.Cancelled;
                    registration.CancelledAt = registeredAt.AddDays(1);
                }
                else if (@event.ConfirmedCount < @event.Capacity)
                {
                    registration.Status = RegistrationStatus.Confirmed;
                    registration.ConfirmedAt = registeredAt;
                    registration.Attended = past ? _random.Bool(0.8f) : null;
                    @event.ConfirmedCount++;
                }
                else
                {
                    registration.Status = RegistrationStatus.Waitlisted;
                    registration.WaitlistPosition = ++@event.LastWaitlistPosition;
                }

                _network.Registrations.Add(registration);
            }
        }
    }

    private string EventTitle(EventKind kind, Place place) => kind switch
    {
        EventKind.Workshop => _random.ArrayElement(new[] { "CV workshop", "Applying for recognition: a workshop", "Interview practice workshop" }),
        EventKind.CareerFair => $"Career fair {place.City}",
        EventKind.Networking => $"Newcomers' networking evening, {place.City}",
        EventKind.IndustryPanel => _random.ArrayElement(new[] { "Panel: working in healthcare", "Panel: careers in IT", "Panel: the construction trades" }),
        EventKind.Orientation => "Orientation for new mentees",
        EventKind.TrainingSession => _random.ArrayElement(new[] { "Trauma-informed mentoring (mentor training)", "Cultural competence (mentor training)" }),
        _ => $"Alumni reunion {place.City}",
    };

    private static readonly OpportunityKind[] _opportunityKinds = Enum.GetValues<OpportunityKind>();

    private void AddOpportunities()
    {
        var employers = _network.Organisations.Where(o => o.Kind == OrganisationKind.Employer).ToList();
        var sectorsByEmployer = new Dictionary<string, string[]>
        {
            ["klinikverbund-nord"] = ["HEALTHCARE"],
            ["baukraft"] = ["CONSTRUCTION", "ENGINEERING"],
            ["nordlicht-software"] = ["IT", "BUSINESS"],
        };
        var mentorshipsByMentee = _network.Mentorships.GroupBy(m => m.MenteeId).ToDictionary(g => g.Key, g => g.First().MentorId);
        var shareConsents = new Dictionary<Guid, Consent>();
        for (var i = 0; i < OpportunityCount; i++)
        {
            var employer = employers[i % employers.Count];
            var sector = _random.ArrayElement(sectorsByEmployer[employer.Slug]);
            var occupation = _random.ListItem(Occupations.Where(o => o.Sector == sector).ToList());
            var kind = _opportunityKinds[i % _opportunityKinds.Length];
            var place = Places.First(p => p.CountryCode == employer.CountryCode && p.Region == employer.Region);
            var closed = _random.Bool(0.3f);
            var posted = DaysAgo(closed ? 90 : 5, closed ? 200 : 80);
            var opportunity = new Opportunity
            {
                Id = _random.Guid(),
                EmployerOrganisationId = employer.Id,
                Kind = kind,
                Title = $"{OpportunityTitle(kind)}: {occupation.Title.ToLowerInvariant()}",
                Description = $"{employer.Name} offers a {OpportunityTitle(kind).ToLowerInvariant()} for people with experience as {occupation.Title.ToLowerInvariant()}. Mentors may refer their mentees.",
                Sector = sector,
                IscoCode = occupation.IscoCode,
                City = place.City,
                CountryCode = place.CountryCode,
                IsRemote = sector == "IT" && _random.Bool(0.5f),
                StartsOn = DateOnly.FromDateTime(posted.UtcDateTime).AddDays(_random.Int(30, 90)),
                HoursPerWeek = kind == OpportunityKind.Shadowing ? _random.Int(4, 8) : _random.Int(20, 40),
                Compensation = kind switch
                {
                    OpportunityKind.Job or OpportunityKind.Apprenticeship => Compensation.Paid,
                    OpportunityKind.Shadowing => Compensation.Unpaid,
                    _ => _random.Bool() ? Compensation.Stipend : Compensation.Paid,
                },
                Seats = _random.Int(1, 6),
                LanguageRequirements = [new LanguageRequirement(place.Language, sector == "IT" ? CefrLevel.A2 : CefrLevel.B1)],
                CredentialRequirements = kind == OpportunityKind.Job && sector == "HEALTHCARE" ? ["Recognised nursing qualification or recognition in progress"] : [],
                ApplicationDeadline = posted.AddDays(_random.Int(30, 60)),
                Status = closed ? OpportunityStatus.Closed : OpportunityStatus.Open,
                PostedAt = posted,
                ClosedAt = closed ? posted.AddDays(60) : null,
            };
            opportunity.EndsOn = opportunity.StartsOn!.Value.AddDays(kind == OpportunityKind.Job ? 365 : _random.Int(14, 180));
            _network.Opportunities.Add(opportunity);

            var interested = _network.Mentees.Where(m => m.TargetSector == sector).ToList();
            var applicants = _random.ListItems(interested, Math.Min(interested.Count, _random.Int(2, 10)));
            var toPlace = closed ? Math.Min(opportunity.Seats, applicants.Count) : _random.Int(0, Math.Min(opportunity.Seats - 1, applicants.Count));
            foreach (var mentee in applicants)
            {
                if (!shareConsents.TryGetValue(mentee.Id, out var consent))
                {
                    consent = AddConsent(mentee, ConsentPurpose.ShareWithEmployer, Max(posted, mentee.CreatedAt).AddDays(1), withdrawn: false);
                    shareConsents[mentee.Id] = consent;
                }

                var submitted = Max(posted, consent.GivenAt).AddHours(_random.Int(1, 300));
                var application = new OpportunityApplication
                {
                    Id = _random.Guid(),
                    OpportunityId = opportunity.Id,
                    MenteeId = mentee.Id,
                    ConsentId = consent.Id,
                    ReferredByMentorId = mentorshipsByMentee.TryGetValue(mentee.Id, out var mentorId) && _random.Bool(0.4f) ? mentorId : null,
                    Message = _random.Bool(0.7f) ? "I would like to apply; my mentor helped me prepare." : null,
                    SubmittedAt = submitted,
                };
                if (toPlace > 0)
                {
                    toPlace--;
                    application.Status = OpportunityApplicationStatus.Placed;
                    application.DecidedAt = submitted.AddDays(_random.Int(5, 20));
                    opportunity.SeatsTaken++;
                    _network.Placements.Add(new Placement
                    {
                        Id = _random.Guid(),
                        OpportunityId = opportunity.Id,
                        ApplicationId = application.Id,
                        MenteeId = mentee.Id,
                        Status = closed && _random.Bool(0.3f) ? PlacementStatus.Completed : PlacementStatus.Active,
                        StartsOn = opportunity.StartsOn,
                        EndsOn = opportunity.EndsOn,
                        CreatedAt = application.DecidedAt.Value,
                    });
                }
                else
                {
                    application.Status = closed
                        ? _random.WeightedRandom([OpportunityApplicationStatus.Rejected, OpportunityApplicationStatus.Waitlisted, OpportunityApplicationStatus.Withdrawn], [0.6f, 0.25f, 0.15f])
                        : _random.WeightedRandom([OpportunityApplicationStatus.Submitted, OpportunityApplicationStatus.Shortlisted, OpportunityApplicationStatus.Withdrawn], [0.6f, 0.3f, 0.1f]);
                    application.DecidedAt = application.Status is OpportunityApplicationStatus.Submitted or OpportunityApplicationStatus.Withdrawn ? null : submitted.AddDays(_random.Int(5, 20));
                }

                _network.OpportunityApplications.Add(application);
            }
        }
    }

    private static string OpportunityTitle(OpportunityKind kind) => kind switch
    {
        OpportunityKind.Internship => "Internship",
        OpportunityKind.Shadowing => "Job shadowing",
        OpportunityKind.Apprenticeship => "Apprenticeship",
        OpportunityKind.SupervisedProject => "Supervised project",
        _ => "Job",
    };

    private void AddOutcomes()
    {
        var reporting = _network.Consents
            .Where(c => c.Purpose == ConsentPurpose.OutcomeReporting && c.WithdrawnAt is null)
            .Select(c => c.MenteeId)
            .ToHashSet();
        var programmeByMentee = _network.Mentorships.GroupBy(m => m.MenteeId).ToDictionary(g => g.Key, g => g.First().ProgrammeId);
        var placed = _network.Placements.Select(p => p.MenteeId).ToHashSet();
        foreach (var mentee in _network.Mentees)
        {
            if (!reporting.Contains(mentee.Id) || !programmeByMentee.TryGetValue(mentee.Id, out var programmeId))
            {
                continue;
            }

            var records = _random.Int(1, 3);
            var status = EmploymentStatus.Unemployed;
            for (var i = 0; i < records; i++)
            {
                var recordedOn = DateOnly.FromDateTime(Now.UtcDateTime).AddDays(-180 * (records - 1 - i) - _random.Int(0, 30));
                if (status == EmploymentStatus.Unemployed)
                {
                    status = _random.WeightedRandom(
                        [EmploymentStatus.Unemployed, EmploymentStatus.InEducation, EmploymentStatus.Employed, EmploymentStatus.SelfEmployed],
                        placed.Contains(mentee.Id) ? [0.1f, 0.1f, 0.75f, 0.05f] : [0.5f, 0.2f, 0.25f, 0.05f]);
                }

                var employed = status is EmploymentStatus.Employed or EmploymentStatus.SelfEmployed;
                _network.Outcomes.Add(new Outcome
                {
                    Id = _random.Guid(),
                    MenteeId = mentee.Id,
                    ProgrammeId = programmeId,
                    RecordedOn = recordedOn,
                    EmploymentStatus = status,
                    InField = employed ? _random.Bool(0.6f) : null,
                    WageBand = employed ? _random.Enum<WageBand>() : null,
                    CredentialsAttained = _random.Int(0, 2),
                    DaysToFirstRole = employed ? _random.Int(30, 400) : null,
                    Satisfaction = _random.Bool(0.8f) ? _random.Int(2, 5) : null,
                });
            }
        }
    }

    private void AddAuditLog()
    {
        var coordinators = _network.StaffMembers.Where(s => s.Role == StaffRole.Coordinator).ToList();
        var applications = _network.Applications;
        for (var i = 0; i < 80; i++)
        {
            var application = _random.ListItem(applications);
            var coordinator = _random.ListItem(coordinators.Where(c => c.OrganisationId == application.OrganisationId).DefaultIfEmpty(coordinators[0]).ToList());
            _network.AuditLog.Add(new AuditLogEntry
            {
                Id = _random.Guid(),
                OccurredAt = Max(application.SubmittedAt.AddHours(_random.Int(1, 200)), application.SubmittedAt),
                ActorId = $"staff:{coordinator.Id}",
                ActorOrganisationId = coordinator.OrganisationId,
                Action = AuditAction.Read,
                SubjectType = "Mentee",
                SubjectId = application.MenteeId,
                Fields = [.. _random.ListItems(new List<string> { "email", "phone", "countryOfOrigin", "accommodationNotes" }, _random.Int(1, 3)).Order(StringComparer.Ordinal)],
                Purpose = "Review of an application",
            });
        }
    }

    private string PhoneFor(string countryCode) => countryCode switch
    {
        "DE" => $"+49 15{_random.Int(1, 9)} {_random.Int(1000000, 9999999)}",
        "FR" => $"+33 6 {_random.Int(10, 99)} {_random.Int(10, 99)} {_random.Int(10, 99)} {_random.Int(10, 99)}",
        _ => $"+34 6{_random.Int(10, 99)} {_random.Int(100, 999)} {_random.Int(100, 999)}",
    };

    private static DateTimeOffset Min(DateTimeOffset left, DateTimeOffset right) => left < right ? left : right;

    private static DateTimeOffset Max(DateTimeOffset left, DateTimeOffset right) => left > right ? left : right;

    /// <summary>A name as it can appear in an e-mail address: accents dropped, lower case, letters only.</summary>
    private static string Ascii(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
