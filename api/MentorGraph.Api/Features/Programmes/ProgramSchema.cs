using MentorGraph.Api.Features.Organisations;
using MentorGraph.Api.Features.Shared;
using MentorGraph.Api.GraphQL.Filtering;
using MentorGraph.Api.GraphQL.Relay;
using MentorGraph.Api.GraphQL.Sorting;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Types.Builders;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Features.Programmes;

/// <summary>The <c>Program</c> type and the <c>programs</c> list: the public programmes of the network.</summary>
public static class ProgramSchema
{
    public static readonly FilterDefinition<Programme> Filter = new FilterDefinition<Programme>("Program")
        .Id<Guid>("id", p => p.Id, "Program")
        .Field("slug", p => p.Slug)
        .Field("name", p => p.Name)
        .Field("kind", p => p.Kind, "ProgramKind")
        .Field("duration", p => p.Duration, "ProgramDuration")
        .Field("capacity", p => p.Capacity)
        .Field("interpretationOffered", p => p.InterpretationOffered)
        .Id<Guid>("owner", p => p.OwnerOrganisationId, "Organization", "The owning partner.")
        .Custom<string>("ownerOrCoOwner", "ID", OwnedOrCoOwnedBy, "Owned or co-owned by the partner with this global ID.")
        .Custom<MeetingFormats>("format", "MeetingFormat", format => p => (p.Formats & format) != 0, "Offers this meeting format.")
        .Custom<string>("language", "String", code => p => p.Languages.Contains(code), "Runs in the language with this ISO 639 code.")
        .Custom<string>("sector", "String", sector => p => p.SectorTracks.Any(t => t.Sector == sector), "Has a track in this sector, such as `HEALTHCARE`.")
        .Custom<string>("iscoCode", "String", code => p => p.SectorTracks.Any(t => t.IscoCode != null && t.IscoCode.StartsWith(code)), "Has a track whose ISCO-08 code starts with this (major, sub-major, minor or unit group).");

    public static readonly SortDefinition<Programme> Order = new SortDefinition<Programme>("Program")
        .Field("name", p => p.Name)
        .Field("kind", p => p.Kind)
        .Field("capacity", p => p.Capacity)
        .Field("durationWeeks", p => p.DurationWeeks)
        .DefaultOrder("name");

    public static readonly ConnectionDefinition<Programme> Programs =
        new ConnectionDefinition<Programme>("Program", p => p.Id).WithFilter(Filter).WithSort(Order);

    public static SchemaBuilder AddPrograms(this SchemaBuilder schema, DomainNodes nodes)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(nodes);
        return schema
            .AddConnectionTypes(Programs)
            .Query(query => query
                .Connection("programs", Programs, context => RelatedLoader.WithContextAsync(context, db => Programs.ResolveAsync(context, db.Programmes.Where(p => p.IsPublic))), field => field
                    .Description("The network's public programmes, by name unless `order` says otherwise.")))
            .ObjectType<Programme>("Program", type => type
                .Description("A mentorship programme, run by its owner and co-owning partners.")
                .ImplementsNode(nodes.Program)
                .Field("slug", "String!", p => p.Slug)
                .Field("name", "String!", p => p.Name)
                .Field("kind", "ProgramKind!", p => p.Kind)
                .Field("summary", "String", p => p.Summary)
                .Field("owner", "Organization!", (p, context) => nodes.Organization.LoadAsync(context, p.OwnerOrganisationId))
                .Field("coOwners", "[Organization!]!", (p, context) => LoadCoOwnersAsync(context, p.Id), field => field
                    .Description("Partners that co-own the programme besides its owner (a city, an association...)."))
                .Field("sectorTracks", "[SectorTrack!]!", (p, context) => RelatedLoader.LoadAsync(context, "Program.sectorTracks", p.Id, async (db, keys, cancellationToken) =>
                    (await db.SectorTracks.AsNoTracking().Where(t => keys.Contains(t.ProgrammeId)).OrderBy(t => t.Name).ToListAsync(cancellationToken))
                        .ToLookup(t => t.ProgrammeId)))
                .Field("objectives", "[String!]!", p => p.Objectives)
                .Field("measurableOutcomes", "[String!]!", p => p.MeasurableOutcomes)
                .Field("eligibility", "String", p => p.Eligibility, field => field.Description("Who can apply."))
                .Field("duration", "ProgramDuration!", p => p.Duration)
                .Field("durationWeeks", "Int!", p => p.DurationWeeks)
                .Field("formats", "[MeetingFormat!]!", p => SharedSchema.Members(p.Formats))
                .Field("languages", "[String!]!", p => p.Languages, field => field.Description("ISO 639 codes of the languages the programme runs in."))
                .Field("interpretationOffered", "Boolean!", p => p.InterpretationOffered)
                .Field("capacity", "Int!", p => p.Capacity, field => field.Description("How many mentees the programme takes at once, across its cohorts."))
                .Field("requiredTrainings", "[String!]!", p => p.RequiredTrainings, field => field.Description("Trainings a mentor must have completed to be matched, such as `TRAUMA_INFORMED_COACHING`.")))
            .ObjectType<SectorTrack>("SectorTrack", type => type
                .Description("A sector a programme prepares people for, with its ISCO-08 and ESCO codes where one fits.")
                .Field("sector", "String!", t => t.Sector, field => field.Description("The network's sector code, such as `HEALTHCARE`."))
                .Field("name", "String!", t => t.Name)
                .Field("iscoCode", "String", t => t.IscoCode, field => field.Description("ISCO-08 unit group, such as `2221` (nursing professionals)."))
                .Field("escoOccupation", "URL", t => t.EscoOccupationUri is { } uri ? new Uri(uri) : null))
            .EnumType<ProgrammeKind>("ProgramKind", type => type.Description("What a programme is for."))
            .EnumType<ProgrammeDuration>("ProgramDuration", type => type.Description("SHORT_TERM or LONG_TERM."));
    }

    private static System.Linq.Expressions.Expression<Func<Programme, bool>> OwnedOrCoOwnedBy(string organizationId)
    {
        var id = GlobalId.Parse<Guid>(organizationId, "Organization");
        return p => p.OwnerOrganisationId == id || p.CoOwners.Any(c => c.OrganisationId == id);
    }

    /// <summary>One loader step returning the organisations themselves (see <c>OrganizationSchema.LoadProgramsAsync</c>).</summary>
    private static Task<IReadOnlyList<Organisation>> LoadCoOwnersAsync(IResolveFieldContext context, Guid programmeId) =>
        RelatedLoader.LoadAsync(context, "Program.coOwners", programmeId, async (db, keys, cancellationToken) =>
            (await db.ProgrammeCoOwners.Where(c => keys.Contains(c.ProgrammeId))
                .Join(db.Organisations.AsNoTracking(), c => c.OrganisationId, o => o.Id, (c, o) => new { c.ProgrammeId, Organisation = o })
                .ToListAsync(cancellationToken))
                .OrderBy(row => row.Organisation.Name, StringComparer.Ordinal)
                .ToLookup(row => row.ProgrammeId, row => row.Organisation));
}
