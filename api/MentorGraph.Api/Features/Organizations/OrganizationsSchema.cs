using MentorGraph.GraphQL.Types.Builders;

namespace MentorGraph.Api.Features.Organizations;

/// <summary>The <c>Organization</c> type and the queries that find partners.</summary>
public static class OrganizationsSchema
{
    public static SchemaBuilder AddOrganizations(this SchemaBuilder schema, IReadOnlyList<Organization> organizations)
    {
        ArgumentNullException.ThrowIfNull(organizations);
        return schema
            .Query(query => query
                .Field("organizations", "[Organization!]!", context => Filter(
                    organizations,
                    context.Arguments.GetValueOrDefault("kind") as OrganizationKind?,
                    context.Arguments.GetValueOrDefault("country") as string), field => field
                    .Description("The partner organisations of the network, in the order they joined.")
                    .Argument("kind", "OrganizationKind", argument => argument.Description("Only partners of this kind."))
                    .Argument("country", "String", argument => argument.Description("Only partners in this country (ISO 3166-1 alpha-2, such as `DE`).")))
                .Field("organization", "Organization", context => FindBySlug(organizations, (string)context.Arguments["slug"]!), field => field
                    .Description("The partner with this slug, or null when there is none.")
                    .Argument("slug", "String!")))
            .ObjectType<Organization>("Organization", type => type
                .Description("A partner organisation: it runs or co-owns programmes, and embeds the widgets on its site.")
                .Field("id", "ID!", organization => organization.Id)
                .Field("slug", "String!", organization => organization.Slug, field => field.Description("Short and stable: widget URLs use it."))
                .Field("name", "String!", organization => organization.Name)
                .Field("kind", "OrganizationKind!", organization => organization.Kind)
                .Field("country", "String!", organization => organization.Country, field => field.Description("ISO 3166-1 alpha-2 code, such as `DE`."))
                .Field("website", "URL", organization => organization.Website)
                .Field("memberSince", "Date!", organization => organization.MemberSince, field => field.Description("When the partner joined the network.")))
            .EnumType<OrganizationKind>("OrganizationKind", type => type.Description("What kind of partner an organisation is."));
    }

    private static IEnumerable<Organization> Filter(IReadOnlyList<Organization> organizations, OrganizationKind? kind, string? country) =>
        organizations.Where(organization =>
            (kind is null || organization.Kind == kind)
            && (country is null || string.Equals(organization.Country, country, StringComparison.OrdinalIgnoreCase)));

    private static Organization? FindBySlug(IReadOnlyList<Organization> organizations, string slug) =>
        organizations.FirstOrDefault(organization => organization.Slug == slug);
}
