using MentorGraph.Api.GraphQL.Sorting;
using MentorGraph.Api.Tests.GraphQL.Infrastructure;
using MentorGraph.GraphQL;

namespace MentorGraph.Api.Tests.GraphQL.Sorting;

/// <summary>order arguments become SQL ORDER BY clauses, ending with the key so the order is total.</summary>
public sealed class SortTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly GraphQLTestRunner _runner;

    public SortTests()
    {
        _runner = new GraphQLTestRunner(TestSchema.Build(), _database.Services);
    }

    public void Dispose() => _database.Dispose();

    [Theory]
    [InlineData("[{ name: DESC }]", "Liam,Kateryna,Jamal,Ines,Hana,Gustav,Farah,Elena,Dawit,Chloe,Bashir,Amina")]
    [InlineData("[{ years: ASC }, { name: DESC }]", "Jamal,Bashir,Farah,Dawit,Kateryna,Hana,Liam,Ines,Amina,Elena,Chloe,Gustav")]
    [InlineData("[{ headline: ASC }]", "Bashir,Elena,Hana,Liam,Gustav,Kateryna,Dawit,Chloe,Ines,Amina,Jamal,Farah")]
    [InlineData("[{ organisationName: ASC }, { years: DESC }]", "Gustav,Ines,Liam,Dawit,Chloe,Elena,Hana,Kateryna,Amina,Farah,Bashir,Jamal")]
    [InlineData("[]", "Amina,Bashir,Chloe,Dawit,Elena,Farah,Gustav,Hana,Ines,Jamal,Kateryna,Liam")]
    public async Task Order_SortsTheRows(string order, string expected)
    {
        var data = await _runner.DataAsync($"{{ mentors(first: 100, order: {order}) {{ nodes {{ name }} }} }}");

        var names = data.GetProperty("mentors").GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("name").GetString());
        Assert.Equal(expected, string.Join(",", names));
    }

    [Fact]
    public async Task Order_IsTranslatedToSql_WithExplicitNullPlacement()
    {
        await _runner.DataAsync("{ mentors(first: 3, order: [{ headline: DESC }, { level: ASC }]) { nodes { name } } }");

        var sql = Assert.Single(_database.Sql.Commands);
        Assert.Contains("ORDER BY CASE", sql, StringComparison.Ordinal);
        Assert.Contains("\"m\".\"Headline\" DESC, \"m\".\"Level\", \"m\".\"Id\"", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FieldNamedTwice_IsBadUserInput()
    {
        var error = await _runner.ErrorAsync("{ mentors(order: [{ years: ASC }, { years: DESC }]) { totalCount } }");

        Assert.Equal("The order names the field \"years\" more than once.", error.GetProperty("message").GetString());
        Assert.Equal(ErrorCodes.BadUserInput, error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task TwoFieldsInOneOrderItem_IsRefusedByOneOf()
    {
        var error = await _runner.ErrorAsync("{ mentors(order: [{ years: ASC, name: DESC }]) { totalCount } }");

        Assert.Equal(ErrorCodes.ValidationFailed, error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public void Apply_WorksOnAnyQueryable_WithoutAConnection()
    {
        var ordered = TestSchema.MentorOrder.Apply(
            _database.Context.Mentors,
            new List<object?> { new Dictionary<string, object?> { ["level"] = SortDirection.Descending }, new Dictionary<string, object?> { ["name"] = SortDirection.Ascending } });

        Assert.Equal(["Chloe", "Gustav", "Amina"], ordered.Take(3).Select(m => m.Name).ToList());
        Assert.Contains("ORDER BY \"m\".\"Level\" DESC, \"m\".\"Name\"", Assert.Single(_database.Sql.Commands), StringComparison.Ordinal);
    }
}
