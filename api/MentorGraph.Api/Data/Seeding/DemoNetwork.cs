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

    /// <summary>Writes every row, parents before children, in the context's current transaction; returns the number of rows.</summary>
    public async Task<int> WriteAsync(MentorGraphDbContext db, CancellationToken cancellationToken)
    {
        var rows = 0;
        rows += await BulkInsert.InsertAsync(db, Organisations, cancellationToken);
        rows += await BulkInsert.InsertAsync(db, StaffMembers, cancellationToken);
        rows += await BulkInsert.InsertAsync(db, Programmes, cancellationToken);
        rows += await BulkInsert.InsertAsync(db, ProgrammeCoOwners, cancellationToken);
        rows += await BulkInsert.InsertAsync(db, SectorTracks, cancellationToken);
        rows += await BulkInsert.InsertAsync(db, Cohorts, cancellationToken);
        rows += await BulkInsert.InsertAsync(db, Mentees, cancellationToken);
        rows += await BulkInsert.InsertAsync(db, MenteeLanguages, cancellationToken);
        rows += await BulkInsert.InsertAsync(db, Mentors, cancellationToken);
        rows += await BulkInsert.InsertAsync(db, MentorLanguages, cancellationToken);
        rows += await BulkInsert.InsertAsync(db, AvailabilityWindows, cancellationToken);
        rows += await BulkInsert.InsertAsync(db, AvailabilityExceptions, cancellationToken);
        rows += await BulkInsert.InsertAsync(db, ProgrammeMentors, cancellationToken);
        rows += await BulkInsert.InsertAsync(db, Consents, cancellationToken);
        rows += await BulkInsert.InsertAsync(db, Applications, cancellationToken);
        rows += await BulkInsert.InsertAsync(db, Credentials, cancellationToken);
        rows += await BulkInsert.InsertAsync(db, RecognitionSteps, cancellationToken);
        rows += await BulkInsert.InsertAsync(db, Mentorships, cancellationToken);
        rows += await BulkInsert.InsertAsync(db, Goals, cancellationToken);
        rows += await BulkInsert.InsertAsync(db, Milestones, cancellationToken);
        rows += await BulkInsert.InsertAsync(db, CheckIns, cancellationToken);
        rows += await BulkInsert.InsertAsync(db, Feedback, cancellationToken);
        rows += await BulkInsert.InsertAsync(db, Events, cancellationToken);
        rows += await BulkInsert.InsertAsync(db, EventProgrammes, cancellationToken);
        rows += await BulkInsert.InsertAsync(db, Registrations, cancellationToken);
        rows += await BulkInsert.InsertAsync(db, Opportunities, cancellationToken);
        rows += await BulkInsert.InsertAsync(db, OpportunityApplications, cancellationToken);
        rows += await BulkInsert.InsertAsync(db, Placements, cancellationToken);
        rows += await BulkInsert.InsertAsync(db, Outcomes, cancellationToken);
        rows += await BulkInsert.InsertAsync(db, AuditLog, cancellationToken);
        return rows;
    }
}
