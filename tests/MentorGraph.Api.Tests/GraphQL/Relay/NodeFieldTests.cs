using MentorGraph.Api.GraphQL.Relay;
using MentorGraph.Api.Tests.GraphQL.Infrastructure;
using MentorGraph.GraphQL;

namespace MentorGraph.Api.Tests.GraphQL.Relay;

/// <summary>node(id:) and nodes(ids:) load through the node types' DataLoaders, one batch per type.</summary>
public sealed class NodeFieldTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly GraphQLTestRunner _runner;

    public NodeFieldTests()
    {
        _runner = new GraphQLTestRunner(TestSchema.Build(), _database.Services);
    }

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Node_ById_ReturnsTheObjectOfItsType()
    {
        var id = GlobalId.Encode("Mentor", 3);

        var data = await _runner.DataAsync($$"""{ node(id: "{{id}}") { __typename id ... on Mentor { name } } }""");

        Assert.Equal($$$"""{"node":{"__typename":"Mentor","id":"{{{id}}}","name":"Chloe"}}""", data.ToString());
    }

    [Fact]
    public async Task Node_IdOfMissingObject_IsNull()
    {
        var data = await _runner.DataAsync($$"""{ node(id: "{{GlobalId.Encode("Organisation", 99)}}") { id } }""");

        Assert.Equal("""{"node":null}""", data.ToString());
    }

    [Fact]
    public async Task Node_GarbageId_IsBadUserInputAtTheField()
    {
        var response = await _runner.ExecuteAsync("""{ node(id: "garbage!") { id } }""");

        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal("The ID \"garbage!\" is not a valid ID.", error.GetProperty("message").GetString());
        Assert.Equal(ErrorCodes.BadUserInput, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("""["node"]""", error.GetProperty("path").ToString());
        Assert.Equal("""{"node":null}""", response.GetProperty("data").ToString());
    }

    [Fact]
    public async Task Node_WellFormedIdOfUnknownType_IsBadUserInput()
    {
        var error = await _runner.ErrorAsync($$"""{ node(id: "{{GlobalId.Encode("Password", 1)}}") { id } }""");

        Assert.Equal(ErrorCodes.BadUserInput, error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Node_GuidKeyedType_RoundTrips()
    {
        var id = GlobalId.Encode("Event", TestDatabase.EventId(2));

        var data = await _runner.DataAsync($$"""{ node(id: "{{id}}") { ... on Event { id title } } }""");

        Assert.Equal($$$"""{"node":{"id":"{{{id}}}","title":"Career fair 2"}}""", data.ToString());
    }

    [Fact]
    public async Task Nodes_OfTwoTypes_AreLoadedInOneBatchPerType_InTheRequestedOrder()
    {
        var ids = new[] { GlobalId.Encode("Mentor", 1), GlobalId.Encode("Organisation", 2), GlobalId.Encode("Mentor", 5), GlobalId.Encode("Mentor", 404), GlobalId.Encode("Mentor", 12), GlobalId.Encode("Organisation", 1) };

        var data = await _runner.DataAsync(
            "query($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on Mentor { name } ... on Organisation { slug } } }",
            $$"""{"ids":["{{string.Join("\",\"", ids)}}"]}""");

        Assert.Equal(
            """{"nodes":[{"__typename":"Mentor","name":"Amina"},{"__typename":"Organisation","slug":"bridges"},{"__typename":"Mentor","name":"Elena"},null,{"__typename":"Mentor","name":"Liam"},{"__typename":"Organisation","slug":"refugee-welcome"}]}""",
            data.ToString());
        var batches = _database.FetchLog.Batches.OrderBy(batch => batch.Type).ToList();
        Assert.Equal(2, batches.Count);
        Assert.Equal("Mentor", batches[0].Type);
        Assert.Equal([1, 5, 404, 12], batches[0].Keys);
        Assert.Equal("Organisation", batches[1].Type);
        Assert.Equal([2, 1], batches[1].Keys);
    }

    [Fact]
    public async Task Nodes_ShareTheLoaderWithReferences_SoEachObjectIsFetchedOnce()
    {
        var data = await _runner.DataAsync(
            $$"""{ nodes(ids: ["{{GlobalId.Encode("Mentor", 1)}}", "{{GlobalId.Encode("Mentor", 2)}}", "{{GlobalId.Encode("Mentor", 3)}}"]) { ... on Mentor { organisation { slug } } } }""");

        Assert.Equal("""{"nodes":[{"organisation":{"slug":"refugee-welcome"}},{"organisation":{"slug":"refugee-welcome"}},{"organisation":{"slug":"bridges"}}]}""", data.ToString());
        Assert.Equal(["Mentor", "Organisation"], _database.FetchLog.Batches.Select(batch => batch.Type));
        Assert.Equal([1, 2], _database.FetchLog.Batches[1].Keys);
    }

    [Fact]
    public async Task Nodes_MoreThanTheLimit_IsBadUserInput()
    {
        var ids = string.Join(",", Enumerable.Range(1, NodeSchemaBuilderExtensions.MaxNodesPerRequest + 1).Select(i => $"\"{GlobalId.Encode("Mentor", i)}\""));

        var error = await _runner.ErrorAsync($"{{ nodes(ids: [{ids}]) {{ id }} }}");

        Assert.Equal("nodes(ids:) accepts at most 100 IDs; 101 were given.", error.GetProperty("message").GetString());
        Assert.Empty(_database.FetchLog.Batches);
    }

    [Fact]
    public async Task Nodes_OneGarbageId_FailsTheFieldBeforeAnyFetch()
    {
        var error = await _runner.ErrorAsync($$"""{ nodes(ids: ["{{GlobalId.Encode("Mentor", 1)}}", "nope"]) { id } }""");

        Assert.Equal(ErrorCodes.BadUserInput, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Empty(_database.FetchLog.Batches);
    }
}
