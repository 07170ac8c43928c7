using MentorGraph.Api.Data;
using MentorGraph.Api.Features.Shared;
using MentorGraph.Api.GraphQL;
using MentorGraph.Api.GraphQL.Filtering;
using MentorGraph.Api.GraphQL.Mutations;
using MentorGraph.Api.GraphQL.Relay;
using MentorGraph.Api.GraphQL.Sorting;
using MentorGraph.GraphQL;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Types.Builders;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Features.Opportunities;

/// <summary>
/// Slots employers post: the public <c>opportunities</c> list, and <c>closeOpportunity</c> for the
/// employer's staff.
/// </summary>
/// <remarks>
/// Errors follow one rule across events and opportunities: what the caller may not see is a
/// <c>NotFoundError</c> (IDs cannot be probed); an action on something they may see but not change
/// is a <c>FORBIDDEN</c> GraphQL error, as it is a bug in the client, not a case to show a user.
/// </remarks>
public static class OpportunitiesSchema
{
    private static readonly FilterDefinition<Opportunity> _opportunityFilter = new FilterDefinition<Opportunity>("Opportunity")
        .Id<Guid>("organization", o => o.EmployerOrganisationId, "Organization", "The employer.")
        .Custom<OpportunityKind>("kind", "OpportunityKind", kind => o => o.Kind == kind)
        .Field("sector", o => o.Sector)
        .Field("countryCode", o => o.CountryCode)
        .Field("city", o => o.City)
        .Custom<bool>("remote", "Boolean", remote => o => o.IsRemote == remote);

    private static readonly SortDefinition<Opportunity> _opportunityOrder = new SortDefinition<Opportunity>("Opportunity")
        .Field("postedAt", o => o.PostedAt)
        .Field("applicationDeadline", o => o.ApplicationDeadline)
        .Field("title", o => o.Title)
        .DefaultOrder("postedAt", SortDirection.Descending);

    private static readonly ConnectionDefinition<Opportunity> _opportunities =
        new ConnectionDefinition<Opportunity>("Opportunity", o => o.Id).WithFilter(_opportunityFilter).WithSort(_opportunityOrder);

    public static SchemaBuilder AddOpportunities(this SchemaBuilder schema, DomainNodes nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ConventionTypes.Once(schema, "CefrLevel", b => b.EnumType<CefrLevel>("CefrLevel", t => t.Description("A level of the Common European Framework of Reference for Languages.")));
        ConventionTypes.Once(schema, "LanguageRequirement", b => b.ObjectType<LanguageRequirement>("LanguageRequirement", t => t
            .Description("A language and the lowest level accepted.")
            .Field("languageCode", "String!", l => l.LanguageCode, f => f.Description("ISO 639 code."))
            .Field("minimumLevel", "CefrLevel!", l => l.MinimumLevel)));
        return schema
            .AddMutationConventions()
            .AddConnectionTypes(_opportunities)
            .Query(query => query.Connection("opportunities", _opportunities, async context =>
            {
                await using var db = await CreateDbAsync(context);
                var now = Clock(context).GetUtcNow();
                var openOnly = context.Arguments.GetValueOrDefault("includeClosed") is not true;
                var source = db.Opportunities.AsNoTracking()
                    .Where(o => !openOnly || o.Status == OpportunityStatus.Open && (o.ApplicationDeadline == null || o.ApplicationDeadline > now));
                return await _opportunities.ResolveAsync(context, source);
            }, field => field
                .Description("Internships, job shadowing, apprenticeships, supervised projects and jobs, newest first; only those open for applications unless includeClosed is true.")
                .Argument("includeClosed", "Boolean", argument => argument.DefaultValue(false))))
            .EnumType<OpportunityKind>("OpportunityKind", type => type.Description("What an employer offers."))
            .EnumType<OpportunityStatus>("OpportunityStatus")
            .EnumType<Compensation>("Compensation", type => type.Description("Whether the slot is paid."))
            .ObjectType<Opportunity>("Opportunity", type => type
                .Description("A slot an employer offers to mentees: an internship, job shadowing, an apprenticeship, a supervised project or a job.")
                .ImplementsNode(nodes.Opportunity)
                .Field("kind", "OpportunityKind!", o => o.Kind)
                .Field("title", "String!", o => o.Title)
                .Field("description", "String!", o => o.Description)
                .Field("employer", "Organization!", (o, context) => nodes.Organization.LoadAsync(context, o.EmployerOrganisationId))
                .Field("sector", "String!", o => o.Sector)
                .Field("iscoCode", "String", o => o.IscoCode, f => f.Description("ISCO-08 occupation code, where one fits."))
                .Field("city", "String", o => o.City)
                .Field("countryCode", "String!", o => o.CountryCode)
                .Field("remote", "Boolean!", o => o.IsRemote)
                .Field("startsOn", "Date", o => o.StartsOn)
                .Field("endsOn", "Date", o => o.EndsOn)
                .Field("hoursPerWeek", "Int", o => o.HoursPerWeek)
                .Field("compensation", "Compensation!", o => o.Compensation)
                .Field("seats", "Int!", o => o.Seats)
                .Field("seatsLeft", "Int!", o => Math.Max(0, o.Seats - o.SeatsTaken))
                .Field("languageRequirements", "[LanguageRequirement!]!", o => o.LanguageRequirements)
                .Field("credentialRequirements", "[String!]!", o => o.CredentialRequirements)
                .Field("applicationDeadline", "DateTime", o => o.ApplicationDeadline)
                .Field("status", "OpportunityStatus!", o => o.Status)
                .Field("postedAt", "DateTime!", o => o.PostedAt)
                .Field("closedAt", "DateTime", o => o.ClosedAt))
            .AddMutation<Opportunity>("closeOpportunity", mutation => mutation
                .Description("Closes an opportunity to applications. Staff of the employer only.")
                .Input(input => input.Field("opportunityId", "ID!"))
                .Result("opportunity", "Opportunity")
                .Errors("NotFoundError")
                .Resolve((input, context) => CloseAsync(nodes, input, context)));
    }

    private static async Task<MutationResult<Opportunity>> CloseAsync(DomainNodes nodes, MutationInput input, IResolveFieldContext context)
    {
        var idText = input.Get<string>("opportunityId");
        var id = input.GetId("opportunityId", nodes.Opportunity);
        await using var db = await CreateDbAsync(context);
        var opportunity = await db.Opportunities.SingleOrDefaultAsync(o => o.Id == id, context.CancellationToken);
        if (opportunity is null)
        {
            return new NotFoundError(idText);
        }

        EnsureEmployerStaff(context, opportunity.EmployerOrganisationId);
        if (opportunity.Status == OpportunityStatus.Open)
        {
            opportunity.Status = OpportunityStatus.Closed;
            opportunity.ClosedAt = Clock(context).GetUtcNow();
            opportunity.Version++;
            await db.SaveChangesAsync(context.CancellationToken);
        }

        return opportunity;
    }

    /// <summary>Only the employer's staff change its opportunities; anyone else is refused with FORBIDDEN.</summary>
    private static void EnsureEmployerStaff(IResolveFieldContext context, Guid employerId)
    {
        var caller = Authorization.CallerResolveFieldContextExtensions.GetCaller(context);
        if (caller.StaffMemberId is null || !caller.ActsFor(employerId))
        {
            throw new GraphQLError(
                "Only staff of the employer can change its opportunities.",
                extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.Forbidden });
        }
    }

    private static TimeProvider Clock(IResolveFieldContext context) =>
        context.Services?.GetService<TimeProvider>() ?? TimeProvider.System;

    private static ValueTask<MentorGraphDbContext> CreateDbAsync(IResolveFieldContext context) =>
        new(context.Services!.GetRequiredService<IDbContextFactory<MentorGraphDbContext>>().CreateDbContextAsync(context.CancellationToken));
}
