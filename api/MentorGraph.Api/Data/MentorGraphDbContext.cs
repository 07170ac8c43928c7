using MentorGraph.Api.Data.Conversions;
using MentorGraph.Api.Data.Providers;
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
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Data;

/// <summary>
/// The mentorship graph in one database. The schema is owned by the SQL scripts under
/// <c>Data/Migrations/</c>; a test checks that this model and those scripts agree.
/// </summary>
public sealed class MentorGraphDbContext(DbContextOptions<MentorGraphDbContext> options) : DbContext(options)
{
    /// <summary>The property every versioned entity bumps on change (see <see cref="SaveChangesAsync(bool, CancellationToken)"/>).</summary>
    public const string VersionProperty = "Version";

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();

    public DbSet<Programme> Programmes => Set<Programme>();

    public DbSet<ProgrammeCoOwner> ProgrammeCoOwners => Set<ProgrammeCoOwner>();

    public DbSet<SectorTrack> SectorTracks => Set<SectorTrack>();

    public DbSet<Cohort> Cohorts => Set<Cohort>();

    public DbSet<ProgrammeMentor> ProgrammeMentors => Set<ProgrammeMentor>();

    public DbSet<Application> Applications => Set<Application>();

    public DbSet<Mentor> Mentors => Set<Mentor>();

    public DbSet<MentorLanguage> MentorLanguages => Set<MentorLanguage>();

    public DbSet<AvailabilityWindow> AvailabilityWindows => Set<AvailabilityWindow>();

    public DbSet<AvailabilityException> AvailabilityExceptions => Set<AvailabilityException>();

    public DbSet<Mentee> Mentees => Set<Mentee>();

    public DbSet<MenteeLanguage> MenteeLanguages => Set<MenteeLanguage>();

    public DbSet<Consent> Consents => Set<Consent>();

    public DbSet<Credential> Credentials => Set<Credential>();

    public DbSet<RecognitionStep> RecognitionSteps => Set<RecognitionStep>();

    public DbSet<Mentorship> Mentorships => Set<Mentorship>();

    public DbSet<Goal> Goals => Set<Goal>();

    public DbSet<Milestone> Milestones => Set<Milestone>();

    public DbSet<CheckIn> CheckIns => Set<CheckIn>();

    public DbSet<Feedback> Feedback => Set<Feedback>();

    public DbSet<Event> Events => Set<Event>();

    public DbSet<EventProgramme> EventProgrammes => Set<EventProgramme>();

    public DbSet<Registration> Registrations => Set<Registration>();

    public DbSet<Opportunity> Opportunities => Set<Opportunity>();

    public DbSet<OpportunityApplication> OpportunityApplications => Set<OpportunityApplication>();

    public DbSet<Placement> Placements => Set<Placement>();

    public DbSet<Outcome> Outcomes => Set<Outcome>();

    public DbSet<AuditLogEntry> AuditLog => Set<AuditLogEntry>();

    public DatabaseProvider Provider => DatabaseProvider.For(options);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name, readable in SQL and safe to reorder; sets ([Flags]) are
        // integers so they can be tested bitwise, and CEFR levels are integers so they compare.
        var enums = typeof(MentorGraphDbContext).Assembly.GetTypes()
            .Where(type => type.IsEnum && type.Namespace?.StartsWith("MentorGraph.Api.Features", StringComparison.Ordinal) == true)
            .Where(type => !type.IsDefined(typeof(FlagsAttribute), inherit: false) && type != typeof(CefrLevel));
        foreach (var type in enums)
        {
            configurationBuilder.Properties(type).HaveConversion<string>();
        }

        Provider.ConfigureConventions(configurationBuilder);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MentorGraphDbContext).Assembly);
        SnakeCaseNames.Apply(modelBuilder.Model);
        Provider.ConfigureModel(modelBuilder);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// Versioned entities carry a portable optimistic concurrency token (SQLite has no row
    /// version): an update whose <c>WHERE version = @original</c> matches no row fails with
    /// <see cref="DbUpdateConcurrencyException"/> instead of overwriting a concurrent change.
    /// </summary>
    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State == EntityState.Modified && entry.Metadata.FindProperty(VersionProperty) is not null)
            {
                var version = entry.Property(VersionProperty);
                version.CurrentValue = (long)version.OriginalValue! + 1;
            }
        }
    }
}
