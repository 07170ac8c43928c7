using MentorGraph.Api.Data;
using MentorGraph.Api.Features.Consents;
using MentorGraph.Api.Features.Events;
using MentorGraph.Api.Features.Mentees;
using MentorGraph.Api.Features.Mentors;
using MentorGraph.Api.Features.Opportunities;
using MentorGraph.Api.Features.Organisations;
using MentorGraph.Api.Features.Programmes;
using MentorGraph.Api.Features.Shared;

namespace MentorGraph.Api.Tests.Data;

/// <summary>A migrated database with one event, opportunity and mentor of 10 seats each, and enough mentees to want them.</summary>
public sealed record SeatFixture(Guid ProgrammeId, Guid EventId, Guid OpportunityId, Guid MentorId, IReadOnlyList<Guid> MenteeIds, IReadOnlyList<Guid> ApplicationIds)
{
    public const int Seats = 10;

    public static async Task<SeatFixture> CreateAsync(TestDatabase database, int mentees)
    {
        await database.Migrator.MigrateAsync();
        await using var db = database.CreateContext();
        var now = new DateTimeOffset(2025, 6, 2, 8, 0, 0, TimeSpan.Zero);
        var organisation = new Organisation { Id = Guid.NewGuid(), Slug = "test-partner", Kind = OrganisationKind.Ngo, Name = "Test partner", CountryCode = "DE", CreatedAt = now };
        var programme = new Programme { Id = Guid.NewGuid(), Slug = "test-programme", OwnerOrganisationId = organisation.Id, Name = "Test programme", Kind = ProgrammeKind.Professional, CreatedAt = now };
        var @event = new Event { Id = Guid.NewGuid(), OrganiserOrganisationId = organisation.Id, Title = "Career fair", StartsAt = now.AddDays(7), EndsAt = now.AddDays(7).AddHours(3), TimeZone = "Europe/Berlin", Capacity = Seats, CreatedAt = now };
        var opportunity = new Opportunity { Id = Guid.NewGuid(), EmployerOrganisationId = organisation.Id, Kind = OpportunityKind.Internship, Title = "Internship", Description = "Ten seats.", Sector = "IT", CountryCode = "DE", Seats = Seats, Status = OpportunityStatus.Open, PostedAt = now };
        var mentor = new Mentor { Id = Guid.NewGuid(), DisplayName = "Anna Weber", Email = "anna@example.org", Occupation = "Software developer", City = "Berlin", CountryCode = "DE", TimeZone = "Europe/Berlin", Formats = MeetingFormats.Virtual, Capacity = Seats, CreatedAt = now };
        db.AddRange(organisation, programme, @event, opportunity, mentor);
        var menteeIds = new List<Guid>();
        var applicationIds = new List<Guid>();
        for (var i = 0; i < mentees; i++)
        {
            var mentee = new Mentee { Id = Guid.NewGuid(), GivenName = "Mentee", FamilyName = $"No {i}", Email = $"mentee{i}@example.org", City = "Berlin", CountryCode = "DE", TimeZone = "Europe/Berlin", PreferredLanguage = "ar", CreatedAt = now };
            var consent = new Consent { Id = Guid.NewGuid(), MenteeId = mentee.Id, Purpose = ConsentPurpose.ShareWithEmployer, TextVersion = "2025-01", Language = "ar", GivenAt = now };
            var application = new OpportunityApplication { Id = Guid.NewGuid(), OpportunityId = opportunity.Id, MenteeId = mentee.Id, ConsentId = consent.Id, Status = OpportunityApplicationStatus.Shortlisted, SubmittedAt = now };
            db.AddRange(mentee, consent, application);
            menteeIds.Add(mentee.Id);
            applicationIds.Add(application.Id);
        }

        await db.SaveChangesAsync();
        return new SeatFixture(programme.Id, @event.Id, opportunity.Id, mentor.Id, menteeIds, applicationIds);
    }
}
