using System.ComponentModel;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;
using MentorGraph.GraphQL.Types.Builders;
using MentorGraph.GraphQL.Types.Scalars;
using MentorGraph.GraphQL.Utilities;

namespace MentorGraph.GraphQL.Tests.Types;

/// <summary>Code-first: the fluent builder the API defines its domain schema with.</summary>
public sealed class SchemaBuilderTests
{
    private sealed record Organization(string Id, string Name, OrganizationKind Kind);

    private sealed record Mentor(string Id, string Name);

    private enum OrganizationKind
    {
        Charity,
        [Description("A school or university.")]
        EducationProvider,
        [Obsolete("Merged into CHARITY.")]
        NonProfit,
    }

    private static readonly Organization[] _organizations = [new("o1", "Refugee Mentors", OrganizationKind.Charity)];

    private static Schema BuildSample() => new SchemaBuilder()
        .Query(q => q
            .Field("organizations", "[Organization!]!", _ => _organizations, f => f
                .Description("Every organisation.")
                .Argument("first", "Int", 20)
                .Argument("kind", "OrganizationKind", a => a.Description("Only of this kind.")))
            .Field("node", "Node", f => f.Argument("id", "ID!")))
        .ObjectType<Organization>("Organization", t => t
            .Description("A mentoring organisation.")
            .Implements("Node")
            .Directive("key", new { fields = "id" })
            .Field("id", "ID!", org => org.Id)
            .Field("name", "String!", org => org.Name)
            .Field("kind", "OrganizationKind!", org => org.Kind)
            .Field("slug", "String", org => org.Name.ToLowerInvariant(), f => f.Deprecated("Use `id`."))
            .Field("founded", "Date"))
        .InterfaceType("Node", t => t.Field("id", "ID!"))
        .EnumType<OrganizationKind>()
        .Directive("key", d => d.Argument("fields", "String!").Locations(DirectiveLocation.Object).Repeatable())
        .Build();

    [Fact]
    public void Build_Sample_PrintsAsTheSdlItDescribes()
    {
        var printed = SchemaPrinter.Print(BuildSample(), new SchemaPrinterOptions { IncludeAppliedDirectives = true });

        Assert.Equal(""""
            directive @key(fields: String!) repeatable on OBJECT

            type Query {
              """Every organisation."""
              organizations(
                first: Int = 20

                """Only of this kind."""
                kind: OrganizationKind
              ): [Organization!]!
              node(id: ID!): Node
            }

            """A mentoring organisation."""
            type Organization implements Node @key(fields: "id") {
              id: ID!
              name: String!
              kind: OrganizationKind!
              slug: String @deprecated(reason: "Use `id`.")
              founded: Date
            }

            interface Node {
              id: ID!
            }

            enum OrganizationKind {
              CHARITY

              """A school or university."""
              EDUCATION_PROVIDER
              NON_PROFIT @deprecated(reason: "Merged into CHARITY.")
            }

            """A calendar date, as an RFC 3339 full-date string such as `2024-05-01`."""
            scalar Date @specifiedBy(url: "https://scalars.graphql.org/andimarek/local-date")
            """", printed);
    }

    [Fact]
    public void Build_TypedResolvers_ReadTheParent()
    {
        var schema = BuildSample();
        var organization = (ObjectType)schema.GetType("Organization")!;

        Assert.Equal("Refugee Mentors", FakeResolveFieldContext.Resolve(schema, organization, "name", _organizations[0]));
        Assert.Equal(typeof(Organization), organization.RuntimeType);
        Assert.Same(_organizations, FakeResolveFieldContext.Resolve(schema, schema.QueryType!, "organizations", null));
        Assert.Null(organization.GetField("founded")!.Resolver);
    }

    [Fact]
    public void Build_ClrEnum_UsesMembersAsInternalValues()
    {
        var kind = (EnumType)BuildSample().GetType("OrganizationKind")!;

        Assert.Equal("EDUCATION_PROVIDER", kind.Serialize(OrganizationKind.EducationProvider));
        Assert.Equal(OrganizationKind.Charity, kind.ParseLiteral(new EnumValueNode("CHARITY")));
    }

    [Fact]
    public void Build_ExtendedScalarByName_IsBroughtIn()
    {
        Assert.Same(ExtendedScalars.Date, BuildSample().GetType("Date"));
    }

    [Fact]
    public void Build_RepeatedTypeDescription_AddsFieldsLikeAnExtension()
    {
        var schema = new SchemaBuilder()
            .Query(q => q.Field("mentors", "[Mentor!]!", _ => Array.Empty<Mentor>()))
            .Query(q => q.Field("organizations", "Int", _ => 0))
            .ObjectType<Mentor>("Mentor", t => t.Field("id", "ID!", m => m.Id))
            .Build();

        Assert.Equal(["mentors", "organizations"], schema.QueryType!.Fields.Select(field => field.Name));
    }

    [Fact]
    public void Build_DefaultValues_BecomeLiteralsOfTheirTypes()
    {
        var schema = new SchemaBuilder()
            .Query(q => q.Field("search", "Int", f => f
                .Argument("page", "Page", new Dictionary<string, object?> { ["size"] = 10, ["tags"] = new[] { "a" } })
                .Argument("ids", "[ID!]", new[] { 1, 2 })
                .Argument("kind", "OrganizationKind", OrganizationKind.EducationProvider)
                .Argument("since", "DateTime", new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero))
                .Argument("none", "String", a => a.DefaultValue(null))))
            .InputType("Page", t => t.Field("size", "Int", 20).Field("tags", "[String!]"))
            .EnumType<OrganizationKind>()
            .Build();

        var printed = SchemaPrinter.Print(schema);

        Assert.Contains(
            "search(page: Page = {size: 10, tags: [\"a\"]}, ids: [ID!] = [1, 2], kind: OrganizationKind = EDUCATION_PROVIDER, since: DateTime = \"2024-01-01T00:00:00.000Z\", none: String = null): Int",
            printed);
        Assert.Contains("  size: Int = 20", printed);
    }

    [Fact]
    public void Build_OneOfInputAndUnion()
    {
        var schema = new SchemaBuilder()
            .Query(q => q.Field("find", "Result", f => f.Argument("by", "MentorBy!")))
            .InputType("MentorBy", t => t.OneOf().Field("id", "ID").Field("email", "EmailAddress"))
            .UnionType("Result", "Found", "Missing")
            .ObjectType("Found", t => t.Field("id", "ID!"))
            .ObjectType("Missing", t => t.Field("reason", "String!"))
            .Build();

        Assert.True(((InputObjectType)schema.GetType("MentorBy")!).IsOneOf);
        Assert.Equal(["Found", "Missing"], ((UnionType)schema.GetType("Result")!).Types.Select(type => type.Name));
        Assert.Contains("input MentorBy @oneOf {", SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Build_InvalidDescription_ListsEveryProblem()
    {
        var exception = Assert.Throws<SchemaValidationException>(() => new SchemaBuilder()
            .Query(q => q
                .Field("a", "Mentr")
                .Field("b", "[Int", f => f.Argument("x", "Int!", "ten")))
            .ObjectType("Mentor", t => t.Implements("Node").Field("id", "ID"))
            .InterfaceType("Node", t => t.Field("id", "ID!"))
            .UnionType("U", "Node")
            .Build());

        Assert.Equal(
            [
                "Unknown type \"Mentr\" referenced by Query.a.",
                "Invalid type reference \"[Int\" of Query.b: Syntax Error: Expected \"]\", found <EOF>.",
                "Union type U can only include Object types, it cannot include Node.",
                "Default value of Query.b(x:) is not a valid Int!: Int cannot represent non-integer value: \"ten\"",
            ],
            exception.Errors.Select(error => error.Message));
    }

    [Fact]
    public void Build_ValidationErrors_AreReportedAfterReferencesResolve()
    {
        var exception = Assert.Throws<SchemaValidationException>(() => new SchemaBuilder()
            .Query(q => q.Field("m", "Mentor"))
            .ObjectType("Mentor", t => t.Implements("Node").Field("id", "ID"))
            .InterfaceType("Node", t => t.Field("id", "ID!"))
            .Build());

        Assert.Equal("Interface field Node.id expects type ID! but Mentor.id is type ID.", Assert.Single(exception.Errors).Message);
    }

    [Fact]
    public void Build_BadDefaultValue_IsReported()
    {
        var exception = Assert.Throws<SchemaValidationException>(() => new SchemaBuilder()
            .Query(q => q.Field("a", "Int", f => f.Argument("x", "Int", "ten")))
            .Build());

        Assert.Equal("Default value of Query.a(x:) is not a valid Int: Int cannot represent non-integer value: \"ten\"", Assert.Single(exception.Errors).Message);
    }

    [Fact]
    public void Build_SameNameAsDifferentKinds_IsRejected()
    {
        var exception = Assert.Throws<SchemaValidationException>(() => new SchemaBuilder()
            .Query(q => q.Field("a", "Int"))
            .ObjectType("Thing", t => t.Field("a", "Int"))
            .InputType("Thing", t => t.Field("a", "Int"))
            .Build());

        Assert.Equal("Type \"Thing\" is described more than once, as different kinds of type.", Assert.Single(exception.Errors).Message);
    }

    [Theory]
    [InlineData("InProgress", "IN_PROGRESS")]
    [InlineData("HTTPServer", "HTTP_SERVER")]
    [InlineData("Level2", "LEVEL2")]
    [InlineData("A", "A")]
    [InlineData("already_snake", "ALREADY_SNAKE")]
    public void ScreamingCase_FollowsCommunitySpelling(string name, string expected)
    {
        Assert.Equal(expected, EnumTypeBuilder.ScreamingCase(name));
    }

    [Fact]
    public async Task FieldResolvers_AwaitTasksReturnedBySynchronousLambdas()
    {
        var resolver = FieldResolvers.From(_ => Task.FromResult<object?>("late"));

        Assert.Equal("late", await resolver(null!));
    }
}
