using System.Text.Json;
using MentorGraph.Api.Tests.GraphQL.Infrastructure;
using MentorGraph.GraphQL;

namespace MentorGraph.Api.Tests.GraphQL.Relay;

/// <summary>Relay cursor connections over EF queries: paging in both directions, limits, cursors and totalCount.</summary>
public sealed class ConnectionTests : IDisposable
{
    private const string Page = "edges { cursor node { name } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }";
    private readonly TestDatabase _database = new();
    private readonly GraphQLTestRunner _runner;

    public ConnectionTests()
    {
        _runner = new GraphQLTestRunner(TestSchema.Build(), _database.Services);
    }

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task First_ReturnsTheFirstElements_AndSaysMoreFollow()
    {
        var connection = await MentorsAsync("first: 3");

        Assert.Equal(["Amina", "Bashir", "Chloe"], Names(connection));
        AssertPageInfo(connection, hasNextPage: true, hasPreviousPage: false);
        var sql = Assert.Single(_database.Sql.Commands);
        Assert.Contains("ORDER BY \"m\".\"Id\"", sql, StringComparison.Ordinal);
        Assert.Contains("LIMIT @", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FirstAfter_ContinuesRightAfterTheCursor_InSql()
    {
        var firstPage = await MentorsAsync("first: 3");
        _database.Sql.Clear();

        var secondPage = await MentorsAsync($"first: 3, after: \"{EndCursor(firstPage)}\"");

        Assert.Equal(["Dawit", "Elena", "Farah"], Names(secondPage));
        AssertPageInfo(secondPage, hasNextPage: true, hasPreviousPage: true);
        var sql = Assert.Single(_database.Sql.Commands);
        Assert.Contains("WHERE \"m\".\"Id\" > @", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FirstAfter_OnTheLastPage_SaysNothingFollows()
    {
        var page = await MentorsAsync("first: 10");

        var last = await MentorsAsync($"first: 10, after: \"{EndCursor(page)}\"");

        Assert.Equal(["Kateryna", "Liam"], Names(last));
        AssertPageInfo(last, hasNextPage: false, hasPreviousPage: true);
    }

    [Fact]
    public async Task Last_ReturnsTheLastElements_InListOrder()
    {
        var connection = await MentorsAsync("last: 2");

        Assert.Equal(["Kateryna", "Liam"], Names(connection));
        AssertPageInfo(connection, hasNextPage: false, hasPreviousPage: true);
        Assert.Contains("ORDER BY \"m\".\"Id\" DESC", Assert.Single(_database.Sql.Commands), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LastBefore_ReturnsTheElementsRightBeforeTheCursor()
    {
        var page = await MentorsAsync("first: 6");

        var before = await MentorsAsync($"last: 2, before: \"{EndCursor(page)}\"");

        Assert.Equal(["Dawit", "Elena"], Names(before));
        AssertPageInfo(before, hasNextPage: true, hasPreviousPage: true);
    }

    [Fact]
    public async Task LastBefore_AtTheStart_SaysNothingPrecedes()
    {
        var page = await MentorsAsync("first: 3");

        var before = await MentorsAsync($"last: 5, before: \"{EndCursor(page)}\"");

        Assert.Equal(["Amina", "Bashir"], Names(before));
        AssertPageInfo(before, hasNextPage: true, hasPreviousPage: false);
    }

    [Fact]
    public async Task FirstAndLast_TakeTheLastOfTheFirst_AsTheRelaySpecSays()
    {
        var connection = await MentorsAsync("first: 5, last: 2");

        Assert.Equal(["Dawit", "Elena"], Names(connection));
        AssertPageInfo(connection, hasNextPage: true, hasPreviousPage: true);
    }

    [Fact]
    public async Task AfterAndBefore_TogetherBoundTheWindow()
    {
        var all = await MentorsAsync("first: 12");
        var cursors = all.GetProperty("edges").EnumerateArray().Select(edge => edge.GetProperty("cursor").GetString()).ToList();

        var window = await MentorsAsync($"first: 10, after: \"{cursors[2]}\", before: \"{cursors[6]}\"");

        Assert.Equal(["Dawit", "Elena", "Farah"], Names(window));
    }

    [Fact]
    public async Task EmptyList_HasNoEdgesNoCursorsAndNoMorePages()
    {
        var data = await _runner.DataAsync("""{ mentors(first: 5, where: { name: { eq: "Nobody" } }) { totalCount nodes { name } edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }""");

        Assert.Equal(
            """{"mentors":{"totalCount":0,"nodes":[],"edges":[],"pageInfo":{"hasNextPage":false,"hasPreviousPage":false,"startCursor":null,"endCursor":null}}}""",
            data.ToString());
    }

    [Fact]
    public async Task FirstZero_ReturnsNoElements_ButSaysSomeFollow()
    {
        var connection = await MentorsAsync("first: 0");

        Assert.Empty(Names(connection));
        AssertPageInfo(connection, hasNextPage: true, hasPreviousPage: false);
    }

    [Fact]
    public async Task NoPagingArguments_UseTheDefaultPageSize()
    {
        var connection = await MentorsAsync("");

        Assert.Equal(5, Names(connection).Count);
        AssertPageInfo(connection, hasNextPage: true, hasPreviousPage: false);
    }

    [Theory]
    [InlineData("first: 101", "\"first\" can be at most 100; it was 101. Page through the list with the end cursor instead.")]
    [InlineData("last: 1000", "\"last\" can be at most 100; it was 1000. Page through the list with the end cursor instead.")]
    [InlineData("first: -1", "\"first\" cannot be negative; it was -1.")]
    [InlineData("last: -5", "\"last\" cannot be negative; it was -5.")]
    public async Task PageSizeOutOfBounds_IsBadUserInput_AndNothingIsQueried(string arguments, string message)
    {
        var error = await _runner.ErrorAsync($"{{ mentors({arguments}) {{ nodes {{ name }} }} }}");

        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal(ErrorCodes.BadUserInput, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("""["mentors"]""", error.GetProperty("path").ToString());
        Assert.Empty(_database.Sql.Commands);
    }

    [Fact]
    public async Task Cursors_AreOpaqueAndStable()
    {
        var first = await MentorsAsync("first: 4, order: [{ years: DESC }]");
        var again = await MentorsAsync("first: 4, order: [{ years: DESC }]");

        Assert.Equal(first.GetProperty("edges").ToString(), again.GetProperty("edges").ToString());
        foreach (var cursor in first.GetProperty("edges").EnumerateArray().Select(edge => edge.GetProperty("cursor").GetString()!))
        {
            Assert.Matches("^[A-Za-z0-9_-]+$", cursor);
            Assert.DoesNotContain("years", cursor, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task CursorOfAnotherOrder_IsRefused()
    {
        var byYears = await MentorsAsync("first: 2, order: [{ years: DESC }]");

        var error = await _runner.ErrorAsync($"{{ mentors(first: 2, after: \"{EndCursor(byYears)}\", order: [{{ name: ASC }}]) {{ nodes {{ name }} }} }}");

        Assert.Equal("The \"after\" cursor is not a cursor of this list in this order; use a cursor from a page fetched with the same order.", error.GetProperty("message").GetString());
        Assert.Equal(ErrorCodes.BadUserInput, error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("WyJ4eXoiLDFd")]
    [InlineData("")]
    public async Task GarbageCursor_IsBadUserInput(string cursor)
    {
        var error = await _runner.ErrorAsync($"{{ mentors(before: \"{cursor}\", last: 2) {{ nodes {{ name }} }} }}");

        Assert.Equal(ErrorCodes.BadUserInput, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.StartsWith("The \"before\" cursor is not a cursor of this list", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[{ years: DESC }]")]
    [InlineData("[{ headline: ASC }]")]
    [InlineData("[{ headline: DESC }, { name: DESC }]")]
    [InlineData("[{ level: ASC }, { organisationName: DESC }]")]
    [InlineData("[{ organisationName: ASC }]")]
    public async Task PagingForwardAndBackward_VisitsEveryElementOnceInOrder_EvenWithTiesAndNulls(string order)
    {
        var whole = Names(await MentorsAsync($"first: 100, order: {order}"));
        Assert.Equal(12, whole.Count);

        var forward = new List<string>();
        string? after = null;
        for (var pages = 0; pages < 10; pages++)
        {
            var page = await MentorsAsync($"first: 5, order: {order}" + (after is null ? "" : $", after: \"{after}\""));
            forward.AddRange(Names(page));
            if (!page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            after = EndCursor(page);
        }

        var backward = new List<string>();
        string? before = null;
        for (var pages = 0; pages < 10; pages++)
        {
            var page = await MentorsAsync($"last: 5, order: {order}" + (before is null ? "" : $", before: \"{before}\""));
            backward.InsertRange(0, Names(page));
            if (!page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean())
            {
                break;
            }

            before = page.GetProperty("pageInfo").GetProperty("startCursor").GetString();
        }

        Assert.Equal(whole, forward);
        Assert.Equal(whole, backward);
    }

    [Fact]
    public async Task NullableSortKey_PutsNullsFirstAscendingAndLastDescending()
    {
        var ascending = await _runner.DataAsync("{ events(first: 5, order: [{ seats: ASC }]) { nodes { seats } } }");
        var descending = await _runner.DataAsync("{ events(first: 5, order: [{ seats: DESC }]) { nodes { seats } } }");

        Assert.Equal("""{"events":{"nodes":[{"seats":null},{"seats":null},{"seats":10},{"seats":30},{"seats":50}]}}""", ascending.ToString());
        Assert.Equal("""{"events":{"nodes":[{"seats":50},{"seats":30},{"seats":10},{"seats":null},{"seats":null}]}}""", descending.ToString());
    }

    [Fact]
    public async Task GuidKeys_PageInSql()
    {
        var first = await _runner.DataAsync("{ events(first: 2, order: [{ seats: ASC }]) { nodes { title } pageInfo { endCursor } } }");
        var endCursor = first.GetProperty("events").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var next = await _runner.DataAsync($"{{ events(first: 2, after: \"{endCursor}\", order: [{{ seats: ASC }}]) {{ nodes {{ title }} }} }}");

        Assert.Equal("""[{"title":"Career fair 2"},{"title":"Career fair 4"}]""", first.GetProperty("events").GetProperty("nodes").ToString());
        Assert.Equal("""{"events":{"nodes":[{"title":"Career fair 1"},{"title":"Career fair 3"}]}}""", next.ToString());
    }

    [Fact]
    public async Task DefaultOrder_AppliesWhenNoOrderIsGiven()
    {
        var data = await _runner.DataAsync("{ events(first: 2) { nodes { title } } }");

        Assert.Equal("""{"events":{"nodes":[{"title":"Career fair 5"},{"title":"Career fair 4"}]}}""", data.ToString());
    }

    [Fact]
    public async Task TotalCount_NotSelected_IsNotCounted()
    {
        await _runner.DataAsync("{ mentors(first: 2) { nodes { name } } }");

        var sql = Assert.Single(_database.Sql.Commands);
        Assert.DoesNotContain("COUNT", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TotalCount_Selected_IsCountedInSqlWithTheFilter_NotThePage()
    {
        var data = await _runner.DataAsync("""{ mentors(first: 2, where: { years: { gte: 10 } }) { totalCount nodes { name } } }""");

        Assert.Equal("""{"mentors":{"totalCount":6,"nodes":[{"name":"Amina"},{"name":"Chloe"}]}}""", data.ToString());
        Assert.Equal(2, _database.Sql.Commands.Count);
        Assert.Contains(_database.Sql.Commands, sql => sql.Contains("COUNT(*)", StringComparison.Ordinal) && sql.Contains("WHERE \"m\".\"Years\" >= @", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TotalCount_Alone_RunsOnlyTheCount()
    {
        var data = await _runner.DataAsync("{ mentors { totalCount } }");

        Assert.Equal("""{"mentors":{"totalCount":12}}""", data.ToString());
        Assert.Contains("COUNT(*)", Assert.Single(_database.Sql.Commands), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("query($skip: Boolean!) { mentors(first: 1) { totalCount @skip(if: $skip) nodes { name } } }", """{"skip":true}""", false)]
    [InlineData("query($skip: Boolean!) { mentors(first: 1) { totalCount @skip(if: $skip) nodes { name } } }", """{"skip":false}""", true)]
    [InlineData("{ mentors(first: 1) { ... on MentorConnection { totalCount } nodes { name } } }", null, true)]
    [InlineData("{ mentors(first: 1) { ...counted } } fragment counted on MentorConnection { totalCount }", null, true)]
    public async Task TotalCount_IsFoundThroughFragmentsAndDirectives(string query, string? variables, bool counted)
    {
        await _runner.DataAsync(query, variables);

        Assert.Equal(counted, _database.Sql.Commands.Any(sql => sql.Contains("COUNT(*)", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task WhereOrderAndPage_AreOneSqlQuery()
    {
        var connection = await MentorsAsync("""first: 2, where: { level: { gte: B2 } }, order: [{ years: DESC }, { name: ASC }]""");

        Assert.Equal(["Gustav", "Chloe"], Names(connection));
        var sql = Assert.Single(_database.Sql.Commands);
        Assert.Contains("WHERE \"m\".\"Level\" >= @", sql, StringComparison.Ordinal);
        Assert.Contains("ORDER BY \"m\".\"Years\" DESC, \"m\".\"Name\", \"m\".\"Id\"", sql, StringComparison.Ordinal);
        Assert.Contains("LIMIT @", sql, StringComparison.Ordinal);
    }

    private async Task<JsonElement> MentorsAsync(string arguments)
    {
        var data = await _runner.DataAsync(arguments.Length == 0 ? $"{{ mentors {{ {Page} }} }}" : $"{{ mentors({arguments}) {{ {Page} }} }}");
        return data.GetProperty("mentors");
    }

    private static List<string> Names(JsonElement connection) =>
        [.. connection.GetProperty("edges").EnumerateArray().Select(edge => edge.GetProperty("node").GetProperty("name").GetString()!)];

    private static string EndCursor(JsonElement connection) => connection.GetProperty("pageInfo").GetProperty("endCursor").GetString()!;

    private static void AssertPageInfo(JsonElement connection, bool hasNextPage, bool hasPreviousPage)
    {
        var pageInfo = connection.GetProperty("pageInfo");
        Assert.Equal((hasNextPage, hasPreviousPage), (pageInfo.GetProperty("hasNextPage").GetBoolean(), pageInfo.GetProperty("hasPreviousPage").GetBoolean()));
        var edges = connection.GetProperty("edges").EnumerateArray().ToList();
        if (edges.Count > 0)
        {
            Assert.Equal(edges[0].GetProperty("cursor").GetString(), pageInfo.GetProperty("startCursor").GetString());
            Assert.Equal(edges[^1].GetProperty("cursor").GetString(), pageInfo.GetProperty("endCursor").GetString());
        }
    }
}
