using MentorGraph.Api.Authorization;
using MentorGraph.Api.Data;
using MentorGraph.Api.Features.Mentees;
using MentorGraph.Api.GraphQL.Filtering;
using MentorGraph.Api.GraphQL.Mutations;
using MentorGraph.Api.GraphQL.Relay;
using MentorGraph.Api.GraphQL.Sorting;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Types.Builders;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Features.Programmes;

/// <summary>
/// Applications to programmes as coordinators work with them: <c>programApplications</c> lists
/// the applications to a programme the caller's partner owns or co-owns, and
/// <c>reviewProgramApplication</c> accepts or declines one. The applicant is a <c>Mentee</c>,
/// loaded through the same privacy rule and audit as everywhere else.
/// </summary>
public static class ProgramApplicationsSchema
{
    private static readonly FilterDefinition<Application> _applicationFilter = new FilterDefinition<Application>("ProgramApplication")
        .Custom<ApplicationStatus>("status", "ApplicationStatus", status => a => a.Status == status)
        .Field("submittedAt", a => a.SubmittedAt)
        .Field("language", a => a.Language);

    private static readonly SortDefinition<Application> _applicationOrder = new SortDefinition<Application>("ProgramApplication")
        .Field("submittedAt", a => a.SubmittedAt)
        .DefaultOrder("submittedAt");

    private static readonly ConnectionDefinition<Application> _applications =
        new ConnectionDefinition<Application>("ProgramApplication", a => a.Id).WithFilter(_applicationFilter).WithSort(_applicationOrder);

    public static SchemaBuilder AddProgramApplications(this SchemaBuilder schema, DomainNodes nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var mentee = MenteesSchema.RegisterMenteeNode(nodes.Registry);
        var application = nodes.Registry.Register<Application, Guid>("ProgramApplication", a => a.Id, FetchAsync);
        return schema
            .AddNodeInterface(nodes.Registry)
            .AddConnectionTypes(_applications)
            .Query(query => query.Connection("programApplications", _applications, async context =>
            {
                var programmeId = nodes.Program.ParseId((string)context.Arguments["programId"]!);
                await using var db = await CreateDbAsync(context.Services!, context.CancellationToken);
                var visible = MenteesSchema.ApplicationsVisibleTo(db, Coordinator(context.GetCaller())).Where(a => a.ProgrammeId == programmeId);
                return await _applications.ResolveAsync(context, visible);
            }, field => field
                .Description("The applications to a programme, for coordinators of a partner that owns or co-owns it; empty for anyone else.")
                .Argument("programId", "ID!")))
            .ObjectType<Application>("ProgramApplication", type => type
                .Description("A mentee's application to a programme, as a partner's sign-up widget or staff took it.")
                .ImplementsNode(application)
                .Field("programId", "ID!", a => nodes.Program.IdOf(a.ProgrammeId), f => f.Description("The global ID of the programme applied to."))
                .Field("program", "Program!", (a, context) => nodes.Program.LoadAsync(context, a.ProgrammeId), f => f.Description("The programme applied to."))
                .Field("applicant", "Mentee", (a, context) => mentee.LoadAsync(context, a.MenteeId), f => f
                    .Description("The applicant; null for a caller who may not see them."))
                .Field("status", "ApplicationStatus!", a => a.Status)
                .Field("source", "ApplicationSource!", a => a.Source)
                .Field("language", "String!", a => a.Language, f => f.Description("ISO 639 code of the language the form was filled in."))
                .Field("motivation", "String", a => a.Motivation)
                .Field("submittedAt", "DateTime!", a => a.SubmittedAt)
                .Field("decidedAt", "DateTime", a => a.DecidedAt))
            .EnumType<ApplicationStatus>("ApplicationStatus")
            .EnumType<ApplicationSource>("ApplicationSource")
            .EnumType<ApplicationDecision>("ApplicationDecision")
            .AddMutationConventions()
            .AddMutation<Application>("reviewProgramApplication", m => m
                .Description("A coordinator accepts or declines an application to a programme their partner owns or co-owns.")
                .Input(i => i.Field("applicationId", "ID!").Field("decision", "ApplicationDecision!"))
                .Result("application", "ProgramApplication")
                .Errors("NotFoundError", "ValidationError")
                .Resolve((input, context) => ReviewAsync(input, context, application)));
    }

    private static async Task<MutationResult<Application>> ReviewAsync(MutationInput input, IResolveFieldContext context, NodeType<Application, Guid> node)
    {
        var id = input.GetId("applicationId", node);
        var decision = input.Get<ApplicationDecision>("decision");
        await using var db = await CreateDbAsync(context.Services!, context.CancellationToken);
        var application = await MenteesSchema.ApplicationsVisibleTo(db, Coordinator(context.GetCaller()))
            .FirstOrDefaultAsync(a => a.Id == id, context.CancellationToken);
        if (application is null)
        {
            return new NotFoundError(input.Get<string>("applicationId"));
        }

        if (application.Status is not (ApplicationStatus.Submitted or ApplicationStatus.InReview))
        {
            return new ValidationError("applicationId", $"The application is already {application.Status}.", "ALREADY_DECIDED");
        }

        application.Status = decision == ApplicationDecision.Accept ? ApplicationStatus.Accepted : ApplicationStatus.Declined;
        application.DecidedAt = DateTimeOffset.UtcNow;
        await db.SaveChangesAsync(context.CancellationToken);
        return application;
    }

    private static async Task<IReadOnlyDictionary<Guid, Application>> FetchAsync(IReadOnlyList<Guid> ids, IServiceProvider services, CancellationToken cancellationToken)
    {
        var caller = Caller.FromPrincipal(services.GetService<IHttpContextAccessor>()?.HttpContext?.User);
        await using var db = await CreateDbAsync(services, cancellationToken);
        return await MenteesSchema.ApplicationsVisibleTo(db, caller).AsNoTracking()
            .Where(a => ids.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, cancellationToken);
    }

    /// <summary>Only staff review and list applications; a mentee's own are on <c>Mentee.applications</c>.</summary>
    private static Caller Coordinator(Caller caller) => MenteeAccess.IsStaff(caller) ? caller with { MenteeId = null } : Caller.Anonymous;

    private static async Task<MentorGraphDbContext> CreateDbAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        await services.GetRequiredService<IDbContextFactory<MentorGraphDbContext>>().CreateDbContextAsync(cancellationToken);
}
