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

namespace MentorGraph.Api.Data.Seeding;

/// <summary>
/// The whole demo network as plain objects, before it is written: every row of every table,
/// in lists, with no navigation set, so that it is added to a context exactly once.
/// </summary>
public sealed class DemoNetwork
{
    public List<Organisation> Organisations { get; } = [];

    public List<StaffMember> StaffMembers { get; } = [];

    public List<Programme> Programmes { get; } = [];

    public List<ProgrammeCoOwner> ProgrammeCoOwners { get; } = [];

    public List<SectorTrack> SectorTracks { get; } = [];

    public List<Cohort> Cohorts { get; } = [];

    public List<ProgrammeMentor> ProgrammeMentors { get; } = [];

    public List<Application> Applications { get; } = [];

    public List<Mentor> Mentors { get; } = [];

    public List<MentorLanguage> MentorLanguages { get; } = [];

    public List<AvailabilityWindow> AvailabilityWindows { get; } = [];

    public List<AvailabilityException> AvailabilityExceptions { get; } = [];

    public List<Mentee> Mentees { get; } = [];

    public List<MenteeLanguage> MenteeLanguages { get; } = [];

    public List<Consent> Consents { get; } = [];

    public List<Credential> Credentials { get; } = [];

    public List<RecognitionStep> RecognitionSteps { get; } = [];

    public List<Mentorship> Mentorships { get; } = [];

    public List<Goal> Goals { get; } = [];

    public List<Milestone> Milestones { get; } = [];

    public List<CheckIn> CheckIns { get; } = [];

    public List<Feedback> Feedback { get; } = [];

    public List<Event> Events { get; } = [];

    public List<EventProgramme> EventProgrammes { get; } = [];

    public List<Registration> Registrations { get; } = [];

    public List<Opportunity> Opportunities { get; } = [];

    public List<OpportunityApplication> OpportunityApplications { get; } = [];

    public List<Placement> Placements { get; } = [];

    public List<Outcome> Outcomes { get; } = [];

    public List<AuditLogEntry> AuditLog { get; } = [];

    /// <summary>Adds every row to <paramref name="db"/>, parents before children.</summary>
    public void AddTo(MentorGraphDbContext db)
    {
        db.AddRange(Organisations);
        db.AddRange(StaffMembers);
        db.AddRange(Programmes);
        db.AddRange(ProgrammeCoOwners);
        db.AddRange(SectorTracks);
        db.AddRange(Cohorts);
        db.AddRange(Mentees);
        db.AddRange(MenteeLanguages);
        db.AddRange(Mentors);
        db.AddRange(MentorLanguages);
        db.AddRange(AvailabilityWindows);
        db.AddRange(AvailabilityExceptions);
        db.AddRange(ProgrammeMentors);
        db.AddRange(Consents);
        db.AddRange(Applications);
        db.AddRange(Credentials);
        db.AddRange(RecognitionSteps);
        db.AddRange(Mentorships);
        db.AddRange(Goals);
        db.AddRange(Milestones);
        db.AddRange(CheckIns);
        db.AddRange(Feedback);
        db.AddRange(Events);
        db.AddRange(EventProgrammes);
        db.AddRange(Registrations);
        db.AddRange(Opportunities);
        db.AddRange(OpportunityApplications);
        db.AddRange(Placements);
        db.AddRange(Outcomes);
        db.AddRange(AuditLog);
    }
}
