using MentorGraph.Api.Features.Programmes;
using MentorGraph.Api.Features.Shared;
using MentorGraph.Api.GraphQL.Filtering;
using MentorGraph.Api.GraphQL.Relay;
using MentorGraph.Api.GraphQL.Sorting;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Types.Builders;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Features.Mentors;

/// <summary>
/// The <c>Mentor</c> type — public fields only: no contact details, no availability windows'
/// exceptions, no alumni link — and the <c>mentors</c> directory of those who chose to appear in it.
/// </summary>
public static class MentorSchema
{
    public static readonly FilterDefinition<MentorLanguage> LanguageFilter = new FilterDefinition<MentorLanguage>("MentorLanguage")
        .Field("code", l => l.LanguageCode, description: "ISO 639 code, such as `ar`.")
        .Field("level", l => l.Level, "CefrLevel");

    public static readonly FilterDefinition<Mentor> Filter = new FilterDefinition<Mentor>("Mentor")
        .Id<Guid>("id", m => m.Id, "Mentor")
        .Field("displayName", m => m.DisplayName)
        .Field("occupation", m => m.Occupation)
        .Field("iscoCode", m => m.IscoCode, description: "ISCO-08 unit group of the occupation.")
        .Field("yearsOfExperience", m => m.YearsOfExperience)
        .Field("city", m => m.City)
        .Field("region", m => m.Region)
        .Field("country", m => m.CountryCode)
        .Field("timeZone", m => m.TimeZone)
        .Id<Guid>("organization", m => m.OrganisationId, "Organization", "The partner that recruited the mentor.")
        .List("languages", m => m.Languages, LanguageFilter, "Languages with their CEFR level: `{ some: { code: { eq: \"ar\" }, level: { gte: B2 } } }`.")
        .Custom<string>("sector", "String", sector => m => m.Sectors.Contains(sector), "Works in this sector, such as `HEALTHCARE`.")
        .Custom<string>("topic", "String", topic => m => m.Topics.Contains(topic), "Helps with this topic, such as `CREDENTIAL_RECOGNITION`.")
        .Custom<string>("training", "String", training => m => m.Trainings.Contains(training), "Has completed this training, such as `TRAUMA_INFORMED_COACHING`.")
        .Custom<MeetingFormats>("format", "MeetingFormat", format => m => (m.Formats & format) != 0, "Offers this meeting format.")
        .Custom<bool>("hasOpenCapacity", "Boolean", open => m => (m.Capacity - m.ActiveMenteeCount > 0) == open, "Can take another mentee now (or, false, cannot).");

    public static readonly SortDefinition<Mentor> Order = new SortDefinition<Mentor>("Mentor")
        .Field("displayName", m => m.DisplayName)
        .Field("yearsOfExperience", m => m.YearsOfExperience)
        .Field("openCapacity", m => m.Capacity - m.ActiveMenteeCount)
        .Field("city", m => m.City)
        .DefaultOrder("displayName");

    public static readonly ConnectionDefinition<Mentor> Mentors =
        new ConnectionDefinition<Mentor>("Mentor", m => m.Id).WithFilter(Filter).WithSort(Order);

    public static SchemaBuilder AddMentors(this SchemaBuilder schema, DomainNodes nodes)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(nodes);
        return schema
            .AddConnectionTypes(Mentors)
            .Query(query => query
                .Connection("mentors", Mentors, context => RelatedLoader.WithContextAsync(context, db => Mentors.ResolveAsync(context, db.Mentors.Where(m => m.IsInPublicDirectory))), field => field
                    .Description("The public mentor directory: mentors who chose to appear in it, with their public fields.")))
            .ObjectType<Mentor>("Mentor", type => type
                .Description("A mentor's public profile.")
                .ImplementsNode(nodes.Mentor)
                .Field("displayName", "String!", m => m.DisplayName)
                .Field("headline", "String", m => m.Headline)
                .Field("occupation", "String!", m => m.Occupation)
                .Field("iscoCode", "String", m => m.IscoCode, field => field.Description("ISCO-08 unit group of the occupation."))
                .Field("sectors", "[String!]!", m => m.Sectors)
                .Field("yearsOfExperience", "Int!", m => m.YearsOfExperience)
                .Field("languages", "[MentorLanguage!]!", (m, context) => RelatedLoader.LoadAsync(context, "Mentor.languages", m.Id, async (db, keys, cancellationToken) =>
                    (await db.MentorLanguages.AsNoTracking().Where(l => keys.Contains(l.MentorId)).OrderByDescending(l => l.Level).ThenBy(l => l.LanguageCode).ToListAsync(cancellationToken))
                        .ToLookup(l => l.MentorId)))
                .Field("city", "String!", m => m.City)
                .Field("region", "String", m => m.Region)
                .Field("country", "String!", m => m.CountryCode)
                .Field("timeZone", "String!", m => m.TimeZone, field => field.Description("IANA time zone, such as `Europe/Berlin`."))
                .Field("formats", "[MeetingFormat!]!", m => SharedSchema.Members(m.Formats))
                .Field("capacity", "Int!", m => m.Capacity, field => field.Description("How many mentees the mentor takes at once."))
                .Field("openCapacity", "Int!", m => Math.Max(0, m.Capacity - m.ActiveMenteeCount), field => field.Description("How many more mentees the mentor can take now."))
                .Field("topics", "[String!]!", m => m.Topics)
                .Field("trainings", "[String!]!", m => m.Trainings)
                .Field("recognitions", "[String!]!", m => m.Recognitions)
                .Field("programs", "[Program!]!", (m, context) => LoadProgramsAsync(context, m.Id), field => field
                    .Description("The public programmes the mentor can be matched in.")))
            .ObjectType<MentorLanguage>("MentorLanguage", type => type
                .Description("A language a mentor speaks, and how well.")
                .Field("code", "String!", l => l.LanguageCode, field => field.Description("ISO 639 code."))
                .Field("level", "CefrLevel!", l => l.Level));
    }

    /// <summary>One loader step returning the programmes themselves (see <c>OrganizationSchema.LoadProgramsAsync</c>).</summary>
    private static Task<IReadOnlyList<Programme>> LoadProgramsAsync(IResolveFieldContext context, Guid mentorId) =>
        RelatedLoader.LoadAsync(context, "Mentor.programs", mentorId, async (db, keys, cancellationToken) =>
            (await db.ProgrammeMentors.Where(pm => keys.Contains(pm.MentorId))
                .Join(db.Programmes.AsNoTracking().Where(p => p.IsPublic), pm => pm.ProgrammeId, p => p.Id, (pm, p) => new { pm.MentorId, Programme = p })
                .ToListAsync(cancellationToken))
                .OrderBy(row => row.Programme.Name, StringComparer.Ordinal)
                .ToLookup(row => row.MentorId, row => row.Programme));
}
