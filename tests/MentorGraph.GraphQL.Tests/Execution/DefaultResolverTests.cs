using System.Text.Json;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Types;
using static MentorGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace MentorGraph.GraphQL.Tests.Execution;

/// <summary>The default field resolver reads a CLR property, a dictionary entry or a JSON member named after the field (graphql-js defaultFieldResolver).</summary>
public sealed class DefaultResolverTests
{
    private sealed class Organization
    {
        public string Name { get; init; } = "";

        public int Seats { get; init; }

        public bool Verified { get; init; }

        public IReadOnlyList<string> Tags { get; init; } = [];

#pragma warning disable CA1051 // A public field is what this test is about.
        public string Motto = "Learn together";
#pragma warning restore CA1051
    }

    private static Schema BuildSchema(object? root)
    {
        var organization = new ObjectType("Organization", () =>
        [
            Field("name", StringType),
            Field("seats", IntType),
            Field("verified", BooleanType),
            Field("tags", ListOf(StringType)),
            Field("motto", StringType),
            Field("missing", StringType),
        ]);
        return SchemaWithQuery(Field("organization", organization, _ => root), Field("organizations", ListOf(organization), _ => new[] { root, root }));
    }

    private const string Query = "{ organization { name seats verified tags motto missing } }";

    private const string Expected = "{'data':{'organization':{'name':'Mentors United','seats':12,'verified':true,'tags':['a','b'],'motto':'Learn together','missing':null}}}";

    [Fact]
    public async Task ClrObject_PropertiesAndFieldsAreRead_IgnoringCase()
    {
        var root = new Organization { Name = "Mentors United", Seats = 12, Verified = true, Tags = ["a", "b"] };

        Assert.Equal(Q(Expected), await ExecuteJsonAsync(BuildSchema(root), Query));
    }

    [Fact]
    public async Task ClrObject_InAList_UsesTheSameCompiledReader()
    {
        var root = new Organization { Name = "M", Seats = 1 };

        Assert.Equal(
            Q("{'data':{'organizations':[{'name':'M','seats':1},{'name':'M','seats':1}]}}"),
            await ExecuteJsonAsync(BuildSchema(root), "{ organizations { name seats } }"));
    }

    [Fact]
    public async Task Dictionary_EntriesAreRead()
    {
        var root = new Dictionary<string, object?>
        {
            ["name"] = "Mentors United",
            ["seats"] = 12L,
            ["verified"] = true,
            ["tags"] = new List<object?> { "a", "b" },
            ["motto"] = "Learn together",
        };

        Assert.Equal(Q(Expected), await ExecuteJsonAsync(BuildSchema(root), Query));
    }

    [Fact]
    public async Task JsonElement_MembersAreRead_AndLeavesSerialiseAsScalars()
    {
        using var document = JsonDocument.Parse("{\"name\":\"Mentors United\",\"seats\":12,\"verified\":true,\"tags\":[\"a\",\"b\"],\"motto\":\"Learn together\"}");

        Assert.Equal(Q(Expected), await ExecuteJsonAsync(BuildSchema(document.RootElement.Clone()), Query));
    }

    [Fact]
    public async Task RootValue_IsTheParentOfRootFieldsWithoutResolvers()
    {
        var schema = SchemaWithQuery(Field("health", StringType));

        Assert.Equal(
            Q("{'data':{'health':'ok'}}"),
            await ExecuteJsonAsync(schema, "{ health }", rootValue: new Dictionary<string, object?> { ["health"] = "ok" }));
    }

    [Fact]
    public void DefaultResolver_IsExposedForReuse()
    {
        Assert.Equal("Mentors", DefaultFieldResolver.Resolve(new Organization { Name = "Mentors" }, "name"));
        Assert.Null(DefaultFieldResolver.Resolve(null, "name"));
    }
}
