using MentorGraph.Api.Features.Programmes;
using MentorGraph.Api.GraphQL.Filtering;
using MentorGraph.Api.GraphQL.Relay;
using MentorGraph.Api.GraphQL.Sorting;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Types.Builders;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Features.Organisations;

/// <summary>The <c>Organization</c> type and the queries that find partners, from the database.</summary>
public static class OrganizationSchema
{
    public static readonly FilterDefinition<Organisation> Filter = new FilterDefinition<Organisation>("Organization")
        .Id<Guid>("id", o => o.Id, "Organization")
        .Field("slug", o => o.Slug)
        .Field("name", o => o.Name)
        .Field("kind", o => o.Kind, "OrganizationKind")
        .Field("country", o => o.CountryCode, description: "ISO 3166-1 alpha-2 code, such as `DE`.")
        .Field("region", o => o.Region);

    public static readonly SortDefinition<Organisation> Order = new SortDefinition<Organisation>("Organization")
        .Field("name", o => o.Name)
        .Field("kind", o => o.Kind)
        .Field("country", o => o.CountryCode)
        .DefaultOrder("name");

    public static readonly ConnectionDefinition<Organisation> Organizations =
        new ConnectionDefinition<Organisation>("Organization", o => o.Id).WithFilter(Filter).WithSort(Order);

    public static SchemaBuilder AddOrganizations(this SchemaBuilder schema, DomainNodes nodes)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(nodes);
        return schema
            .AddConnectionTypes(Organizations)
            .Query(query => query
                .Connection("organizations", Organizations, context => RelatedLoader.WithContextAsync(context, db => Organizations.ResolveAsync(context, db.Organisations)), field => field
                    .Description("The partner organisations of the network, by name unless `order` says otherwise."))
                .Field("organization", "Organization", context => RelatedLoader.WithContextAsync(context, db =>
                    db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Slug == (string)context.Arguments["slug"]!, context.CancellationToken)), field => field
                    .Description("The partner with this slug, or null when there is none.")
                    .Argument("slug", "String!")))
            .ObjectType<Organisation>("Organization", type => type
                .Description("A partner organisation: it runs or co-owns programmes, and embeds the widgets on its site.")
                .ImplementsNode(nodes.Organization)
                .Field("slug", "String!", organization => organization.Slug, field => field.Description("Short and stable: widget URLs use it."))
                .Field("name", "String!", organization => organization.Name)
                .Field("kind", "OrganizationKind!", organization => organization.Kind)
                .Field("country", "String!", organization => organization.CountryCode, field => field.Description("ISO 3166-1 alpha-2 code, such as `DE`."))
                .Field("region", "String", organization => organization.Region)
                .Field("website", "URL", organization => organization.WebsiteUrl is { } url ? new Uri(url) : null)
                .Field("memberSince", "Date!", organization => DateOnly.FromDateTime(organization.CreatedAt.UtcDateTime), field => field.Description("When the partner joined the network."))
                .Field("programs", "[Program!]!", (organization, context) => LoadProgramsAsync(context, organization.Id), field => field
                    .Description("The public programmes the partner owns or co-owns, by name.")))
            .EnumType<OrganisationKind>("OrganizationKind", type => type.Description("What kind of partner an organisation is."));
    }

    /// <summary>
    /// One loader step that returns the programmes themselves: a resolver that awaited one loader
    /// and then another would join the second batch late (the executor dispatches as soon as the
    /// first continuation schedules a key), and the statement count would grow with the page.
    /// </summary>
    private static Task<IReadOnlyList<Programme>> LoadProgramsAsync(IResolveFieldContext context, Guid organizationId) =>
        RelatedLoader.LoadAsync(context, "Organization.programs", organizationId, async (db, keys, cancellationToken) =>
        {
            var owned = await db.Programmes.AsNoTracking().Where(p => p.IsPublic && keys.Contains(p.OwnerOrganisationId))
                .Select(p => new { OrganisationId = p.OwnerOrganisationId, Programme = p })
                .ToListAsync(cancellationToken);
            var coOwned = await db.ProgrammeCoOwners.Where(c => keys.Contains(c.OrganisationId))
                .Join(db.Programmes.AsNoTracking().Where(p => p.IsPublic), c => c.ProgrammeId, p => p.Id, (c, p) => new { c.OrganisationId, Programme = p })
                .ToListAsync(cancellationToken);
            return owned.Concat(coOwned)
                .OrderBy(row => row.Programme.Name, StringComparer.Ordinal)
                .ToLookup(row => row.OrganisationId, row => row.Programme);
        });
}
