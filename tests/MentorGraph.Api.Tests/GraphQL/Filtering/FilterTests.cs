using MentorGraph.Api.GraphQL.Relay;
using MentorGraph.Api.Tests.GraphQL.Infrastructure;
using MentorGraph.GraphQL;

namespace MentorGraph.Api.Tests.GraphQL.Filtering;

/// <summary>where arguments become SQL WHERE clauses: every operator, combinator and nesting is translated, none evaluated in memory.</summary>
public sealed class FilterTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly GraphQLTestRunner _runner;

    public FilterTests()
    {
        _runner = new GraphQLTestRunner(TestSchema.Build(), _database.Services);
    }

    public void Dispose() => _database.Dispose();

    [Theory]
    [InlineData("""{ name: { eq: "Chloe" } }""", "Chloe")]
    [InlineData("""{ name: { in: ["Liam", "Amina", "Zed"] } }""", "Amina,Liam")]
    [InlineData("""{ name: { startsWith: "Ka" } }""", "Kateryna")]
    [InlineData("""{ name: { endsWith: "ina" } }""", "Amina")]
    [InlineData("""{ name: { contains: "sh" } }""", "Bashir")]
    [InlineData("""{ headline: { eq: null } }""", "Bashir,Elena,Hana,Liam")]
    [InlineData("""{ headline: { neq: null, nin: ["Nurse", "Chef", "Teacher", "Lawyer"] } }""", "Chloe,Dawit,Kateryna")]
    [InlineData("""{ headline: { neq: "Nurse" } }""", "Bashir,Chloe,Dawit,Elena,Farah,Gustav,Hana,Ines,Kateryna,Liam")]
    [InlineData("""{ years: { gt: 12 } }""", "Chloe,Elena,Gustav")]
    [InlineData("""{ years: { gte: 12, lt: 20 } }""", "Amina,Elena,Ines,Liam")]
    [InlineData("""{ years: { lte: 3 } }""", "Bashir,Jamal")]
    [InlineData("""{ level: { eq: C2 } }""", "Chloe,Gustav")]
    [InlineData("""{ level: { gte: C1 } }""", "Amina,Chloe,Elena,Gustav,Ines")]
    [InlineData("""{ level: { in: [A1, A2] } }""", "Farah,Jamal")]
    [InlineData("""{ isPublic: { eq: false } }""", "Dawit,Hana,Liam")]
    [InlineData("""{ or: [{ years: { lt: 2 } }, { years: { gt: 20 } }] }""", "Gustav,Jamal")]
    [InlineData("""{ and: [{ years: { gt: 5 } }, { years: { lt: 9 } }] }""", "Dawit,Kateryna")]
    [InlineData("""{ not: { years: { gt: 3 } } }""", "Bashir,Jamal")]
    [InlineData("""{ not: { or: [{ level: { lt: C1 } }, { name: { eq: "Amina" } }] } }""", "Chloe,Elena,Gustav,Ines")]
    [InlineData("""{ or: [] }""", "")]
    [InlineData("""{ and: [] }""", "Amina,Bashir,Chloe,Dawit,Elena,Farah,Gustav,Hana,Ines,Jamal,Kateryna,Liam")]
    [InlineData("""{ organisation: { slug: { eq: "bridges" } } }""", "Chloe,Elena,Hana,Kateryna")]
    [InlineData("""{ not: { organisation: { slug: { eq: "bridges" } } } }""", "Amina,Bashir,Dawit,Farah,Gustav,Ines,Jamal,Liam")]
    [InlineData("""{ languages: { some: { code: { eq: "ar" } } } }""", "Amina,Farah,Jamal")]
    [InlineData("""{ languages: { some: { code: { eq: "en" }, level: { gte: C1 } } } }""", "Amina,Chloe,Liam")]
    [InlineData("""{ languages: { all: { code: { in: ["uk", "de"] } } } }""", "Elena,Gustav,Kateryna")]
    [InlineData("""{ languages: { none: { code: { eq: "en" } }, any: true } }""", "Bashir,Dawit,Elena,Farah,Ines,Jamal,Kateryna")]
    [InlineData("""{ languages: { any: false } }""", "Gustav")]
    [InlineData("""{ speaks: "uk" }""", "Elena,Kateryna")]
    [InlineData("""{ name: null, years: { eq: 12 } }""", "Amina,Ines,Liam")]
    public async Task Where_SelectsTheMatchingRows(string where, string expected)
    {
        var data = await _runner.DataAsync($"{{ mentors(first: 100, where: {where}) {{ nodes {{ name }} }} }}");

        var names = data.GetProperty("mentors").GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("name").GetString());
        Assert.Equal(expected, string.Join(",", names));
    }

    [Fact]
    public async Task Where_IsTranslatedToSql_WithParameters()
    {
        await _runner.DataAsync("""{ mentors(first: 100, where: { name: { startsWith: "Ka" }, years: { gt: 3 }, level: { gte: B2 } }) { nodes { name } } }""");

        var sql = Assert.Single(_database.Sql.Commands);
        Assert.Contains("WHERE \"m\".\"Name\" LIKE @", sql, StringComparison.Ordinal);
        Assert.Contains("\"m\".\"Years\" > @", sql, StringComparison.Ordinal);
        Assert.Contains("\"m\".\"Level\" >= @", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("'Ka", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListFilter_IsAnExistsSubquery()
    {
        await _runner.DataAsync("""{ mentors(first: 100, where: { languages: { some: { code: { eq: "ar" } } } }) { nodes { name } } }""");

        var sql = Assert.Single(_database.Sql.Commands);
        Assert.Contains("WHERE EXISTS (", sql, StringComparison.Ordinal);
        Assert.Contains("FROM \"TestLanguage\"", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ObjectFilter_JoinsTheReference()
    {
        await _runner.DataAsync("""{ mentors(first: 100, where: { organisation: { name: { contains: "Welcome" } } }) { nodes { name } } }""");

        var sql = Assert.Single(_database.Sql.Commands);
        Assert.Contains("LEFT JOIN \"Organisations\"", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IdFilter_TakesGlobalIds()
    {
        var ids = $"[\"{GlobalId.Encode("Mentor", 2)}\", \"{GlobalId.Encode("Mentor", 4)}\"]";

        var data = await _runner.DataAsync($$"""{ mentors(where: { id: { in: {{ids}} } }) { nodes { name } } byOrganisation: mentors(where: { organisationId: { eq: "{{GlobalId.Encode("Organisation", 1)}}" } }) { totalCount } }""");

        Assert.Equal("""{"mentors":{"nodes":[{"name":"Bashir"},{"name":"Dawit"}]},"byOrganisation":{"totalCount":4}}""", data.ToString());
    }

    [Fact]
    public async Task IdFilter_IdOfAnotherType_IsBadUserInput()
    {
        var error = await _runner.ErrorAsync($$"""{ mentors(where: { id: { eq: "{{GlobalId.Encode("Organisation", 1)}}" } }) { totalCount } }""");

        Assert.Equal(ErrorCodes.BadUserInput, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Empty(_database.Sql.Commands);
    }

    [Fact]
    public async Task OperatorOtherThanEqWithNull_IsBadUserInput()
    {
        var error = await _runner.ErrorAsync("""{ mentors(where: { years: { gt: null } }) { totalCount } }""");

        Assert.Equal("The operator gt of the filter on \"years\" does not take null.", error.GetProperty("message").GetString());
        Assert.Equal(ErrorCodes.BadUserInput, error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task DeeplyNestedFilter_IsBadUserInput()
    {
        var where = string.Concat(Enumerable.Repeat("{ not: ", 9)) + "{ years: { gt: 1 } }" + new string('}', 9);

        var error = await _runner.ErrorAsync($"{{ mentors(where: {where}) {{ totalCount }} }}");

        Assert.Equal("The filter nests more than 8 levels deep.", error.GetProperty("message").GetString());
        Assert.Empty(_database.Sql.Commands);
    }

    [Fact]
    public async Task InListOverTheLimit_IsBadUserInput()
    {
        var values = string.Join(",", Enumerable.Range(1, 501));

        var error = await _runner.ErrorAsync($"{{ mentors(where: {{ years: {{ in: [{values}] }} }}) {{ totalCount }} }}");

        Assert.Equal("The filter on \"years\" lists more than 500 values.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task UnknownOperator_IsAValidationErrorOfTheDocument()
    {
        var error = await _runner.ErrorAsync("""{ mentors(where: { years: { contains: "1" } }) { totalCount } }""");

        Assert.Equal(ErrorCodes.ValidationFailed, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Empty(_database.Sql.Commands);
    }
}
