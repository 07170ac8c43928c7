using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Tests.Types;
using MentorGraph.GraphQL.Types;
using MentorGraph.GraphQL.Types.Builders;
using MentorGraph.GraphQL.Types.Scalars;
using MentorGraph.GraphQL.Utilities;

namespace MentorGraph.GraphQL.Tests.Utilities;

/// <summary>Schema-first: SDL with extensions, directives and resolvers supplied by name.</summary>
public sealed class SdlSchemaBuilderTests
{
    [Fact]
    public void FromSdl_DefaultRootNames_AreUsedWithoutSchemaDefinition()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int }\ntype Mutation { b: Int }\ntype Subscription { c: Int }");

        Assert.Equal("Query", schema.QueryType!.Name);
        Assert.Equal("Mutation", schema.MutationType!.Name);
        Assert.Equal("Subscription", schema.SubscriptionType!.Name);
    }

    [Fact]
    public void FromSdl_SchemaDefinition_NamesTheRoots()
    {
        var schema = SchemaBuilder.FromSdl("schema { query: Root }\ntype Root { a: Int }\ntype Mutation { b: Int }");

        Assert.Equal("Root", schema.QueryType!.Name);
        Assert.Null(schema.MutationType);
    }

    [Fact]
    public void FromSdl_Extensions_AreApplied()
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query { a: Int }
            extend type Query { b: Int }
            interface Node { id: ID! }
            type Mentor { name: String }
            extend type Mentor implements Node @key(fields: "id") { id: ID! }
            enum Status { ACTIVE }
            extend enum Status { PAUSED }
            union Result = Mentor
            type Mentee { id: ID! }
            extend union Result = Mentee
            input Filter { a: Int }
            extend input Filter { b: Int }
            scalar Json
            extend scalar Json @specifiedBy(url: "https://www.json.org")
            directive @key(fields: String!) on OBJECT | SCHEMA
            extend schema @key(fields: "x")
            """);

        Assert.Equal(["a", "b"], schema.QueryType!.Fields.Select(field => field.Name));
        var mentor = (ObjectType)schema.GetType("Mentor")!;
        Assert.Equal(["Node"], mentor.Interfaces.Select(iface => iface.Name));
        Assert.Equal(["name", "id"], mentor.Fields.Select(field => field.Name));
        Assert.Equal("key", Assert.Single(mentor.Directives).Name.Value);
        Assert.Equal(2, mentor.AstNodes.Count);
        Assert.Equal(["ACTIVE", "PAUSED"], ((EnumType)schema.GetType("Status")!).Values.Select(value => value.Name));
        Assert.Equal(["Mentor", "Mentee"], ((UnionType)schema.GetType("Result")!).Types.Select(type => type.Name));
        Assert.Equal(["a", "b"], ((InputObjectType)schema.GetType("Filter")!).Fields.Select(field => field.Name));
        Assert.Equal("https://www.json.org", ((ScalarType)schema.GetType("Json")!).SpecifiedByUrl);
        Assert.Single(schema.Directives);
        Assert.Equal([mentor], schema.GetPossibleTypes((InterfaceType)schema.GetType("Node")!));
    }

    [Fact]
    public void FromSdl_DescriptionsAndDeprecations_AreRead()
    {
        var schema = SchemaBuilder.FromSdl("""
            "The API."
            schema { query: Query }
            "Entry points."
            type Query {
              "Old."
              a(x: Int @deprecated(reason: "Use y.")): Int @deprecated
            }
            """);

        var field = schema.QueryType!.GetField("a")!;
        Assert.Equal("The API.", schema.Description);
        Assert.Equal("Entry points.", schema.QueryType.Description);
        Assert.Equal("Old.", field.Description);
        Assert.Equal("No longer supported", field.DeprecationReason);
        Assert.Equal("Use y.", field.GetArgument("x")!.DeprecationReason);
    }

    [Fact]
    public void FromSdl_CustomDirectives_AreDeclaredBesideTheSpecifiedOnes()
    {
        var schema = SchemaBuilder.FromSdl("directive @auth(role: String = \"admin\") repeatable on FIELD_DEFINITION | OBJECT\ntype Query @auth { a: Int @auth(role: \"x\") @auth }");

        var auth = schema.GetDirective("auth")!;
        Assert.True(auth.IsRepeatable);
        Assert.Equal([MentorGraph.GraphQL.Language.Ast.DirectiveLocation.FieldDefinition, MentorGraph.GraphQL.Language.Ast.DirectiveLocation.Object], auth.Locations);
        Assert.NotNull(schema.GetDirective("deprecated"));
        Assert.NotNull(schema.GetDirective("oneOf"));
    }

    [Fact]
    public void FromSdl_OneOf_MarksTheInputObject()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a(by: By): Int }\ninput By @oneOf { id: ID email: String }");

        Assert.True(((InputObjectType)schema.GetType("By")!).IsOneOf);
    }

    [Fact]
    public void FromSdl_ResolversAndTypeResolvers_ComeFromTheMap()
    {
        var resolvers = new ResolverMap
        {
            ["Query"] = { ["mentors"] = _ => new ValueTask<object?>(new[] { "Ada" }) },
            ["Node"] = { ResolveType = (_, _) => "Mentor" },
            ["Mentor"] = { RuntimeType = typeof(string) },
        };
        resolvers["Query"].Add("count", _ => 1);
        resolvers["Subscription"].Subscribers["added"] = _ => new ValueTask<IAsyncEnumerable<object?>>(AsyncEnumerable.Empty<object?>());

        var schema = SchemaBuilder.FromSdl(
            "type Query { mentors: [String] count: Int other: Int }\ninterface Node { id: ID }\ntype Mentor implements Node { id: ID }\ntype Subscription { added: Int }",
            resolvers);

        Assert.Equal(new[] { "Ada" }, FakeResolveFieldContext.Resolve(schema, schema.QueryType!, "mentors", null));
        Assert.Equal(1, FakeResolveFieldContext.Resolve(schema, schema.QueryType!, "count", null));
        Assert.Null(schema.QueryType!.GetField("other")!.Resolver);
        Assert.NotNull(((InterfaceType)schema.GetType("Node")!).ResolveType);
        Assert.Equal(typeof(string), ((ObjectType)schema.GetType("Mentor")!).RuntimeType);
        Assert.NotNull(schema.SubscriptionType!.GetField("added")!.Subscriber);
    }

    [Fact]
    public void FromSdl_CustomScalarImplementations_AreUsedByName()
    {
        var schema = SchemaBuilder.FromSdl("type Query { at: DateTime on: Date json: Json }\nscalar DateTime\nscalar Date\nscalar Json", scalars: ExtendedScalars.All);

        Assert.Same(ExtendedScalars.DateTime, schema.GetType("DateTime"));
        Assert.Same(ExtendedScalars.Date, schema.GetType("Date"));
        Assert.IsType<PassThroughScalarType>(schema.GetType("Json"));
    }

    [Fact]
    public void FromSdl_SpecifiedScalarRedeclared_IsTheSpecifiedOne()
    {
        var schema = SchemaBuilder.FromSdl("scalar String\ntype Query { a: String }");

        Assert.Same(SpecifiedScalars.String, schema.GetType("String"));
    }

    [Fact]
    public void FromSdl_UnknownTypes_AreReportedWithLocations()
    {
        var exception = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.FromSdl("type Query {\n  a: Mentor\n  b(x: [Filter!]): Int\n}"));

        Assert.Equal(["Unknown type \"Mentor\".", "Unknown type \"Filter\"."], exception.Errors.Select(error => error.Message));
        Assert.Equal(new ErrorLocation(2, 6), Assert.Single(exception.Errors[0].Locations!));
        Assert.Equal(new ErrorLocation(3, 9), Assert.Single(exception.Errors[1].Locations!));
    }

    [Theory]
    [InlineData("type Query { a: Int }\ntype Query { b: Int }", "There can be only one type named \"Query\".")]
    [InlineData("type Query { a: Int }\nextend type Mentor { b: Int }", "Cannot extend type \"Mentor\" because it is not defined.")]
    [InlineData("type Query { a: Int }\nextend enum Query { B }", "Cannot extend non-object type \"Query\".")]
    [InlineData("type Query { a: Int }\ndirective @a on FIELD\ndirective @a on FIELD", "There can be only one directive named \"@a\".")]
    [InlineData("schema { query: Query }\nschema { query: Query }\ntype Query { a: Int }", "Must provide only one schema definition.")]
    [InlineData("schema { query: Query query: Query }\ntype Query { a: Int }", "There can be only one query type in schema.")]
    [InlineData("type Query { a: Int }\nquery { a }", "The OperationDefinition definition is not allowed in a schema document.")]
    public void FromSdl_InvalidDocument_IsRejected(string sdl, string message)
    {
        var exception = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.FromSdl(sdl));

        Assert.Equal(message, Assert.Single(exception.Errors).Message);
    }
}
