using MentorGraph.Api.Authorization;
using MentorGraph.Api.Data;
using MentorGraph.Api.Features.Mentees;
using MentorGraph.Api.GraphQL.Filtering;
using MentorGraph.Api.GraphQL.Relay;
using MentorGraph.Api.GraphQL.Sorting;
using MentorGraph.GraphQL.Types.Builders;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Features.Mentorships;

/// <summary>
/// The read model of mentorships (the lifecycle mutations come with matching): the
/// <c>Mentorship</c> node with its goals, milestones and check-ins, and the <c>mentorships</c>
/// connection for coordinators, all through <see cref="MentorshipAccess"/>.
/// </summary>
public static class MentorshipsSchema
{
    private static readonly FilterDefinition<Mentorship> _mentorshipFilter = new FilterDefinition<Mentorship>("Mentorship")
        .Custom<MentorshipStatus>("status", "MentorshipStatus", status => s => s.Status == status)
        .Id<Guid>("program", s => s.ProgrammeId, "Program")
        .Field("proposedAt", s => s.ProposedAt);

    private static readonly SortDefinition<Mentorship> _mentorshipOrder = new SortDefinition<Mentorship>("Mentorship")
        .Field("proposedAt", s => s.ProposedAt)
        .Field("startedAt", s => s.StartedAt)
        .DefaultOrder("proposedAt");

    private static readonly ConnectionDefinition<Mentorship> _mentorships =
        new ConnectionDefinition<Mentorship>("Mentorship", s => s.Id).WithFilter(_mentorshipFilter).WithSort(_mentorshipOrder);

    public static SchemaBuilder AddMentorships(this SchemaBuilder schema, DomainNodes nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var mentee = MenteesSchema.RegisterMenteeNode(nodes.Registry);
        var mentorship = nodes.Registry.Register<Mentorship, Guid>("Mentorship", s => s.Id, FetchAsync);
        return schema
            .AddNodeInterface(nodes.Registry)
            .AddConnectionTypes(_mentorships)
            .Query(query => query.Connection("mentorships", _mentorships, async context =>
            {
                await using var db = await CreateDbAsync(context.Services!, context.CancellationToken);
                return await _mentorships.ResolveAsync(context, MentorshipAccess.VisibleTo(db, context.GetCaller()));
            }, field => field.Description(
                "The mentorships the caller may see: a coordinator's are those of the programmes their partner owns or co-owns; a mentor's and a mentee's are their own.")))
            .ObjectType<Mentorship>("Mentorship", type => type
                .Description("A match of a mentor and a mentee in a programme. Seen by the pair and the programme's coordinators.")
                .ImplementsNode(mentorship)
                .Field("mentorId", "ID!", s => nodes.Mentor.IdOf(s.MentorId), f => f.Description("The mentor's global ID."))
                .Field("programId", "ID!", s => nodes.Program.IdOf(s.ProgrammeId), f => f.Description("The programme's global ID."))
                .Field("program", "Program!", (s, context) => nodes.Program.LoadAsync(context, s.ProgrammeId), f => f.Description("The programme the match belongs to."))
                .Field("mentee", "Mentee", (s, context) => mentee.LoadAsync(context, s.MenteeId), f => f
                    .Description("The mentee, under the mentee privacy rules (a mentor of an ended match no longer sees them)."))
                .Field("status", "MentorshipStatus!", s => s.Status)
                .Field("score", "Float", s => s.Score, f => f.Description("The match score, 0 to 1."))
                .Field("explanation", "MatchExplanation", s => s.ScoreExplanation)
                .Field("proposedAt", "DateTime!", s => s.ProposedAt)
                .Field("startedAt", "DateTime", s => s.StartedAt)
                .Field("pausedAt", "DateTime", s => s.PausedAt)
                .Field("endedAt", "DateTime", s => s.EndedAt)
                .Field("endReason", "MentorshipEndReason", s => s.EndReason)
                .Field("replacesId", "ID", s => s.ReplacesMentorshipId is { } id ? mentorship.IdOf(id) : null, f => f
                    .Description("The mentorship this one replaces, after a reassignment."))
                .Field("goals", "[Goal!]!", (s, context) => MenteesSchema.LoadGroupAsync(context, "Mentorship.goals", s.Id,
                    (db, ids) => db.Goals.Include(g => g.Milestones).Where(g => ids.Contains(g.MentorshipId)).OrderBy(g => g.CreatedAt).ThenBy(g => g.Id), g => g.MentorshipId))
                .Field("checkIns", "[CheckIn!]!", (s, context) => MenteesSchema.LoadGroupAsync(context, "Mentorship.checkIns", s.Id,
                    (db, ids) => db.CheckIns.Where(c => ids.Contains(c.MentorshipId)).OrderBy(c => c.ScheduledAt).ThenBy(c => c.Id), c => c.MentorshipId)))
            .ObjectType<MatchExplanation>("MatchExplanation", type => type
                .Description("Why the mentor and mentee were matched.")
                .Field("sharedLanguages", "[String!]!", e => e.SharedLanguages)
                .Field("sameSector", "Boolean!", e => e.SameSector)
                .Field("sharedBackground", "Boolean!", e => e.SharedBackground)
                .Field("overlappingAvailabilityMinutesPerWeek", "Int!", e => e.OverlappingAvailabilityMinutesPerWeek)
                .Field("compatibleFormat", "Boolean!", e => e.CompatibleFormat))
            .ObjectType<Goal>("Goal", type => type
                .Field("title", "String!", g => g.Title)
                .Field("description", "String", g => g.Description)
                .Field("targetDate", "Date", g => g.TargetDate)
                .Field("status", "GoalStatus!", g => g.Status)
                .Field("achievedAt", "DateTime", g => g.AchievedAt)
                .Field("milestones", "[Milestone!]!", g => g.Milestones.OrderBy(m => m.Sequence).ToList()))
            .ObjectType<Milestone>("Milestone", type => type
                .Field("sequence", "Int!", m => m.Sequence)
                .Field("title", "String!", m => m.Title)
                .Field("dueOn", "Date", m => m.DueOn)
                .Field("completedAt", "DateTime", m => m.CompletedAt))
            .ObjectType<CheckIn>("CheckIn", type => type
                .Description("A scheduled or held meeting of the pair.")
                .Field("scheduledAt", "DateTime!", c => c.ScheduledAt)
                .Field("status", "CheckInStatus!", c => c.Status)
                .Field("durationMinutes", "Int", c => c.DurationMinutes)
                .Field("notes", "String", c => c.PrivateNotes, f => f.Description("Private to the pair and the programme's coordinators.")))
            .EnumType<MentorshipStatus>("MentorshipStatus")
            .EnumType<MentorshipEndReason>("MentorshipEndReason")
            .EnumType<GoalStatus>("GoalStatus")
            .EnumType<CheckInStatus>("CheckInStatus");
    }

    private static async Task<IReadOnlyDictionary<Guid, Mentorship>> FetchAsync(IReadOnlyList<Guid> ids, IServiceProvider services, CancellationToken cancellationToken)
    {
        var caller = Caller.FromPrincipal(services.GetService<IHttpContextAccessor>()?.HttpContext?.User);
        await using var db = await CreateDbAsync(services, cancellationToken);
        return await MentorshipAccess.VisibleTo(db, caller).AsNoTracking()
            .Where(s => ids.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, cancellationToken);
    }

    private static async Task<MentorGraphDbContext> CreateDbAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        await services.GetRequiredService<IDbContextFactory<MentorGraphDbContext>>().CreateDbContextAsync(cancellationToken);
}
