using MentorGraph.Api.Authorization;
using MentorGraph.Api.Data;
using MentorGraph.Api.Features.Auditing;
using MentorGraph.Api.Features.Consents;
using MentorGraph.Api.Features.Credentials;
using MentorGraph.Api.Features.Organisations;
using MentorGraph.Api.Features.Programmes;
using MentorGraph.Api.Features.Shared;
using MentorGraph.Api.GraphQL;
using MentorGraph.Api.GraphQL.Relay;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Types.Builders;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Features.Mentees;

/// <summary>
/// The <c>Mentee</c> node, with everything a mentee's profile holds, and <c>viewer</c>: who the
/// caller is. A mentee is loaded only through <see cref="MenteeAccess"/>, and a staff member's
/// loads are written to the audit log.
/// </summary>
public static class MenteesSchema
{
    /// <summary>The personal fields a <c>Mentee</c> carries: what an audit entry records as read.</summary>
    public static readonly IReadOnlyList<string> PersonalFields =
    [
        "name", "email", "phone", "city", "region", "countryCode", "timeZone", "preferredLanguage",
        "targetOccupation", "targetSector", "experience", "education", "goals", "needs",
        "accommodationNotes", "countryOfOrigin", "languages", "consents", "credentials", "applications",
    ];

    public static NodeType<Mentee, Guid> RegisterMenteeNode(NodeRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return registry.Find("Mentee") as NodeType<Mentee, Guid>
            ?? registry.Register<Mentee, Guid>("Mentee", m => m.Id, FetchMenteesAsync);
    }

    public static SchemaBuilder AddMentees(this SchemaBuilder schema, DomainNodes nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var mentee = RegisterMenteeNode(nodes.Registry);
        return schema
            .AddNodeInterface(nodes.Registry)
            .Query(query => query
                .Field("viewer", "Viewer!", context => context.GetCaller(), field => field
                    .Description("Who is calling: their own mentee profile, or the staff member they are.")))
            .ObjectType<Caller>("Viewer", type => type
                .Description("The caller, as the API sees them.")
                .Field("isAnonymous", "Boolean!", caller => caller.IsAnonymous)
                .Field("mentee", "Mentee", (caller, context) => caller.MenteeId is { } id ? mentee.LoadAsync(context, id) : null, field => field
                    .Description("The caller's own mentee profile, when the caller is a mentee."))
                .Field("staffMember", "StaffMember", (caller, context) => LoadStaffMemberAsync(caller, context), field => field
                    .Description("The caller's staff record, when the caller is a partner's staff member.")))
            .ObjectType<StaffMember>("StaffMember", type => type
                .Description("A person who works for a partner.")
                .Field("displayName", "String!", s => s.DisplayName)
                .Field("email", "String!", s => s.Email)
                .Field("role", "StaffRole!", s => s.Role)
                .Field("organization", "Organization!", (s, context) => nodes.Organization.LoadAsync(context, s.OrganisationId), f => f.Description("The partner the staff member works for.")))
            .EnumType<StaffRole>("StaffRole")
            .ObjectType<Mentee>("Mentee", type => type
                .Description("A mentee. Personal data: seen only by the mentee, the coordinators of the programmes they applied to, and their matched mentor; staff reads are audited.")
                .ImplementsNode(mentee)
                .Field("givenName", "String!", m => m.GivenName)
                .Field("familyName", "String!", m => m.FamilyName)
                .Field("preferredName", "String", m => m.PreferredName)
                .Field("email", "String!", m => m.Email)
                .Field("phone", "String", m => m.Phone)
                .Field("city", "String!", m => m.City)
                .Field("region", "String", m => m.Region)
                .Field("countryCode", "String!", m => m.CountryCode, f => f.Description("ISO 3166-1 alpha-2 code of the country the mentee lives in."))
                .Field("timeZone", "String!", m => m.TimeZone, f => f.Description("IANA time zone."))
                .Field("preferredLanguage", "String!", m => m.PreferredLanguage, f => f.Description("ISO 639 code of the language to address the mentee in."))
                .Field("targetOccupation", "String", m => m.TargetOccupation)
                .Field("targetIscoCode", "String", m => m.TargetIscoCode, f => f.Description("ISCO-08 unit group of the target occupation."))
                .Field("targetSector", "String", m => m.TargetSector)
                .Field("yearsOfExperience", "Int!", m => m.YearsOfExperience)
                .Field("educationLevel", "EducationLevel!", m => m.EducationLevel)
                .Field("educationSummary", "String", m => m.EducationSummary)
                .Field("goals", "[String!]!", m => m.Goals, f => f.Description("What the mentee wants from mentoring, in their own words."))
                .Field("needs", "[MenteeNeed!]!", m => NeedsOf(m.Needs), f => f.Description("Support the mentee needs to take part."))
                .Field("accommodationNotes", "String", m => m.AccommodationNotes)
                .Field("countryOfOrigin", "String", m => m.CountryOfOrigin, f => f.Description(
                    "Sensitive and optional. Shown to the same people as the rest of the profile; used for matching only under a SENSITIVE_MATCHING consent."))
                .Field("languages", "[MenteeLanguage!]!", m => m.Languages.OrderByDescending(l => l.Level).ThenBy(l => l.LanguageCode, StringComparer.Ordinal).ToList())
                .Field("consents", "[Consent!]!", (m, context) => LoadGroupAsync(context, "Mentee.consents", m.Id,
                    (db, ids) => db.Consents.Where(c => ids.Contains(c.MenteeId)).OrderBy(c => c.GivenAt), c => c.MenteeId), f => f
                    .Description("Every consent the mentee gave, withdrawn ones included, oldest first."))
                .Field("credentials", "[Credential!]!", (m, context) => LoadGroupAsync(context, "Mentee.credentials", m.Id,
                    (db, ids) => db.Credentials.Include(c => c.RecognitionSteps).Where(c => ids.Contains(c.MenteeId)).OrderBy(c => c.Title).ThenBy(c => c.Id), c => c.MenteeId))
                .Field("applications", "[ProgramApplication!]!", (m, context) => LoadGroupAsync(context, "Mentee.applications", m.Id,
                    (db, ids) => ApplicationsVisibleTo(db, context.GetCaller()).Where(a => ids.Contains(a.MenteeId)).OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id), a => a.MenteeId), f => f
                    .Description("The mentee's applications to programmes; a coordinator sees those to their own programmes only.")))
            .ObjectType<MenteeLanguage>("MenteeLanguage", type => type
                .Field("code", "String!", l => l.LanguageCode, f => f.Description("ISO 639 code."))
                .Field("level", "CefrLevel!", l => l.Level))
            .AddSharedEnum<CefrLevel>("CefrLevel")
            .EnumType<EducationLevel>("EducationLevel")
            .EnumType("MenteeNeed", type =>
            {
                foreach (var need in Enum.GetValues<MenteeNeeds>().Where(n => n != MenteeNeeds.None))
                {
                    type.Value(EnumTypeBuilder.ScreamingCase(need.ToString()), need);
                }
            })
            .ObjectType<Credential>("Credential", type => type
                .Description("A qualification, licence, trade or language certificate the mentee holds, with its recognition pathway.")
                .Field("title", "String!", c => c.Title)
                .Field("kind", "CredentialKind!", c => c.Kind)
                .Field("issuedBy", "String!", c => c.IssuedBy)
                .Field("issuingCountryCode", "String!", c => c.IssuingCountryCode)
                .Field("issuedOn", "Date", c => c.IssuedOn)
                .Field("iscoCode", "String", c => c.IscoCode)
                .Field("isForeign", "Boolean!", c => c.IsForeign)
                .Field("recognitionStatus", "RecognitionStatus!", c => c.RecognitionStatus)
                .Field("recognitionSteps", "[RecognitionStep!]!", c => c.RecognitionSteps.OrderBy(s => s.Sequence).ToList()))
            .EnumType<CredentialKind>("CredentialKind")
            .EnumType<RecognitionStatus>("RecognitionStatus")
            .ObjectType<RecognitionStep>("RecognitionStep", type => type
                .Description("One step to recognition of a foreign credential in the host country.")
                .Field("sequence", "Int!", s => s.Sequence)
                .Field("kind", "RecognitionStepKind!", s => s.Kind)
                .Field("title", "String!", s => s.Title)
                .Field("responsibleBody", "String", s => s.ResponsibleBody)
                .Field("status", "RecognitionStepStatus!", s => s.Status)
                .Field("startedOn", "Date", s => s.StartedOn)
                .Field("dueOn", "Date", s => s.DueOn)
                .Field("completedOn", "Date", s => s.CompletedOn)
                .Field("evidenceUrl", "String", s => s.EvidenceUrl)
                .Field("requiredLanguageLevel", "CefrLevel", s => s.RequiredLanguageLevel)
                .Field("notes", "String", s => s.Notes))
            .EnumType<RecognitionStepKind>("RecognitionStepKind")
            .EnumType<RecognitionStepStatus>("RecognitionStepStatus");
    }

    /// <summary>
    /// Applications the caller may see: their own as a mentee, and those to programmes their
    /// partner owns or co-owns as staff.
    /// </summary>
    public static IQueryable<Application> ApplicationsVisibleTo(MentorGraphDbContext db, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(caller);
        var menteeId = caller.MenteeId;
        var organisationId = MenteeAccess.IsStaff(caller) ? caller.OrganisationId : null;
        var coordinated = MenteeAccess.CoordinatedProgrammeIds(db, organisationId ?? Guid.Empty);
        return db.Applications.Where(a =>
            (menteeId != null && a.MenteeId == menteeId)
            || (organisationId != null && coordinated.Contains(a.ProgrammeId)));
    }

    /// <summary>An enum that other features may add too: added once, whoever comes first.</summary>
    public static SchemaBuilder AddSharedEnum<TEnum>(this SchemaBuilder schema, string name)
        where TEnum : struct, Enum =>
        ConventionTypes.Once(schema, name, b => b.EnumType<TEnum>(name));

    private static async Task<IReadOnlyDictionary<Guid, Mentee>> FetchMenteesAsync(IReadOnlyList<Guid> ids, IServiceProvider services, CancellationToken cancellationToken)
    {
        var caller = Caller.FromPrincipal(services.GetService<IHttpContextAccessor>()?.HttpContext?.User);
        var factory = services.GetRequiredService<IDbContextFactory<MentorGraphDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var found = await db.Mentees.AsNoTracking()
            .Where(m => ids.Contains(m.Id))
            .VisibleTo(db, caller)
            .Include(m => m.Languages)
            .ToDictionaryAsync(m => m.Id, cancellationToken);
        if (MenteeAccess.IsStaff(caller) && caller.MenteeId is null)
        {
            await AuditTrail.RecordReadsAsync(db, caller, "Mentee", found.Keys, PersonalFields, "programme coordination", cancellationToken);
        }

        return found;
    }

    private static async Task<StaffMember?> LoadStaffMemberAsync(Caller caller, IResolveFieldContext context)
    {
        if (!MenteeAccess.IsStaff(caller))
        {
            return null;
        }

        var factory = context.Services!.GetRequiredService<IDbContextFactory<MentorGraphDbContext>>();
        await using var db = await factory.CreateDbContextAsync(context.CancellationToken);
        return await db.StaffMembers.AsNoTracking()
            .FirstOrDefaultAsync(s => s.Id == caller.StaffMemberId && s.OrganisationId == caller.OrganisationId, context.CancellationToken);
    }

    /// <summary>
    /// A one-to-many list of a mentee, batched over every mentee of the response level into one
    /// query on a short-lived context.
    /// </summary>
    internal static Task<IReadOnlyList<T>> LoadGroupAsync<T>(
        IResolveFieldContext context,
        string loaderKey,
        Guid menteeId,
        Func<MentorGraphDbContext, IReadOnlyList<Guid>, IQueryable<T>> query,
        Func<T, Guid> key)
        where T : class
    {
        var services = context.Services ?? throw new InvalidOperationException("Loading mentee data needs the request's services.");
        var loader = context.GetDataLoader(loaderKey, () => new GroupedDataLoader<Guid, T>(async (ids, cancellationToken) =>
        {
            var factory = services.GetRequiredService<IDbContextFactory<MentorGraphDbContext>>();
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            var rows = await query(db, ids).AsNoTracking().ToListAsync(cancellationToken);
            return rows.ToLookup(key);
        }));
        return loader.LoadAsync(menteeId);
    }

    private static List<MenteeNeeds> NeedsOf(MenteeNeeds needs) =>
        [.. Enum.GetValues<MenteeNeeds>().Where(n => n != MenteeNeeds.None && needs.HasFlag(n))];
}
