using MentorGraph.Api.Tests.GraphQL.Infrastructure;
using MentorGraph.GraphQL.Utilities;

namespace MentorGraph.Api.Tests.GraphQL;

/// <summary>The types the conventions generate, as a client reads them in the printed schema.</summary>
public sealed class ConventionSchemaTests
{
    private static readonly string _sdl = SchemaPrinter.Print(TestSchema.Build());

    [Theory]
    [InlineData("interface Node {\n  \"\"\"The object's global ID: opaque, stable, unique across types.\"\"\"\n  id: ID!\n}")]
    [InlineData("type Mentor implements Node {")]
    [InlineData("  node(id: ID!): Node\n")]
    [InlineData("  nodes(ids: [ID!]!): [Node]!\n")]
    [InlineData("  mentors(\n")]
    [InlineData("    where: MentorFilterInput\n")]
    [InlineData("    order: [MentorOrder!]\n  ): MentorConnection!\n")]
    [InlineData("  edges: [MentorEdge!]!\n")]
    [InlineData("  nodes: [Mentor!]!\n")]
    [InlineData("  pageInfo: PageInfo!\n")]
    [InlineData("  totalCount: Int!\n")]
    [InlineData("  cursor: String!\n")]
    [InlineData("  node: Mentor!\n")]
    [InlineData("  hasNextPage: Boolean!\n")]
    [InlineData("input MentorOrder @oneOf {")]
    [InlineData("enum SortDirection {")]
    [InlineData("  and: [MentorFilterInput!]\n")]
    [InlineData("  not: MentorFilterInput\n")]
    [InlineData("  name: StringOperationFilterInput\n")]
    [InlineData("  level: LevelOperationFilterInput\n")]
    [InlineData("  id: IdOperationFilterInput\n")]
    [InlineData("  organisation: OrganisationFilterInput\n")]
    [InlineData("  languages: LanguageListFilterInput\n")]
    [InlineData("  some: LanguageFilterInput\n")]
    [InlineData("  startsWith: String\n")]
    [InlineData("  in: [Int!]\n")]
    [InlineData("  gte: Level\n")]
    public void Schema_HasTheConventionTypes(string excerpt)
    {
        Assert.Contains(excerpt, _sdl, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("type PageInfo")]
    [InlineData("input StringOperationFilterInput")]
    [InlineData("input IntOperationFilterInput")]
    [InlineData("enum SortDirection")]
    [InlineData("interface Node")]
    public void SharedTypes_AreDescribedOnce(string definition)
    {
        Assert.Single(_sdl.Split('\n'), line => line.StartsWith(definition + " ", StringComparison.Ordinal));
    }
}
