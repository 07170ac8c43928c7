using System.Text;
using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Tests.Language;

public sealed class ParserLimitTests
{
    [Fact]
    public void DefaultOptions_AllowFifteenThousandTokensAndDepthTwoHundred()
    {
        Assert.Equal(15000, ParserOptions.Default.MaxTokens);
        Assert.Equal(200, ParserOptions.Default.MaxDepth);
        Assert.False(ParserOptions.Default.NoLocations);
    }

    [Fact]
    public void MaxTokens_Reached_Parses()
    {
        // "{ a }" is three tokens.
        var document = Parser.Parse("{ a }", new ParserOptions { MaxTokens = 3 });
        Assert.Single(document.Definitions);
    }

    [Fact]
    public void MaxTokens_Exceeded_AbortsWithItsCode()
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse("{ a b }", new ParserOptions { MaxTokens = 3 }));
        Assert.Equal("Syntax Error: Document contains more than 3 tokens. Parsing aborted.", error.Message);
        Assert.Equal(ErrorCodes.MaxTokensExceeded, error.Code);
        Assert.Equal((1, 7), (error.Line, error.Column));
        Assert.Equal(ErrorCodes.MaxTokensExceeded, error.ToGraphQLError().Code);
    }

    [Fact]
    public void MaxTokens_IgnoresCommentsAndCommas()
    {
        var document = Parser.Parse("# comment\n{ a,,,, # more\n }", new ParserOptions { MaxTokens = 3 });
        Assert.Single(document.Definitions);
    }

    [Fact]
    public void MaxTokens_AppliesToValuesAndTypes()
    {
        var options = new ParserOptions { MaxTokens = 4 };
        Assert.Equal(ErrorCodes.MaxTokensExceeded, Assert.Throws<GraphQLSyntaxError>(() => Parser.ParseValue("[1, 2, 3, 4]", options)).Code);
        Assert.Equal(ErrorCodes.MaxTokensExceeded, Assert.Throws<GraphQLSyntaxError>(() => Parser.ParseType("[[Int!]]", options)).Code);
    }

    [Fact]
    public void DefaultMaxTokens_StopsAHugeDocument()
    {
        var source = "{ " + string.Concat(Enumerable.Repeat("a ", 20000)) + "}";
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(source));
        Assert.Equal(ErrorCodes.MaxTokensExceeded, error.Code);
    }

    [Fact]
    public void MaxDepth_Reached_Parses()
    {
        var document = Parser.Parse(Nested(3), new ParserOptions { MaxDepth = 3 });
        Assert.Single(document.Definitions);
    }

    [Fact]
    public void MaxDepth_ExceededBySelectionSets_AbortsWithItsCode()
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(Nested(4), new ParserOptions { MaxDepth = 3 }));
        Assert.Equal("Syntax Error: Document nesting exceeds the maximum depth of 3. Parsing aborted.", error.Message);
        Assert.Equal(ErrorCodes.MaxParserDepthExceeded, error.Code);
    }

    [Theory]
    [InlineData("{ f(a: [[[[1]]]]) }")]
    [InlineData("{ f(a: {b: {c: {d: {}}}}) }")]
    [InlineData("{ f(a: [{b: [{}]}]) }")]
    [InlineData("query Q($v: [[[[Int]]]]) { a }")]
    [InlineData("type T { f: [[[[Int]]]] }")]
    public void MaxDepth_CountsValuesAndListTypes(string source)
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(source, new ParserOptions { MaxDepth = 3 }));
        Assert.Equal(ErrorCodes.MaxParserDepthExceeded, error.Code);
    }

    [Fact]
    public void MaxDepth_IsDepthNotCount()
    {
        // Many siblings at depth two never exceed a depth of two.
        var source = "{ " + string.Concat(Enumerable.Repeat("a { b } ", 500)) + "}";
        Assert.Single(Parser.Parse(source, new ParserOptions { MaxDepth = 2 }).Definitions);
    }

    [Fact]
    public void DeepNesting_WithDefaultOptions_IsAnErrorNotACrash()
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(Nested(100_000), new ParserOptions { MaxTokens = int.MaxValue }));
        Assert.Equal(ErrorCodes.MaxParserDepthExceeded, error.Code);
    }

    [Fact]
    public void DeepNesting_WithUnlimitedDepth_StopsBeforeTheStackOverflows()
    {
        var options = new ParserOptions { MaxTokens = int.MaxValue, MaxDepth = int.MaxValue };
        var source = new StringBuilder().Insert(0, "[", 1_000_000).ToString();
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.ParseValue(source, options));
        Assert.Equal(ErrorCodes.MaxParserDepthExceeded, error.Code);
    }

    [Fact]
    public void DeepListType_WithUnlimitedDepth_StopsBeforeTheStackOverflows()
    {
        var options = new ParserOptions { MaxTokens = int.MaxValue, MaxDepth = int.MaxValue };
        var source = new StringBuilder().Insert(0, "[", 1_000_000).ToString();
        Assert.Equal(ErrorCodes.MaxParserDepthExceeded, Assert.Throws<GraphQLSyntaxError>(() => Parser.ParseType(source, options)).Code);
    }

    [Fact]
    public void DeepObjectValue_WithUnlimitedDepth_StopsBeforeTheStackOverflows()
    {
        var options = new ParserOptions { MaxTokens = int.MaxValue, MaxDepth = int.MaxValue };
        var source = "{ f(a: " + new StringBuilder().Insert(0, "{a: ", 500_000) + "}";
        Assert.Equal(ErrorCodes.MaxParserDepthExceeded, Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(source, options)).Code);
    }

    [Fact]
    public void DepthAllowedByOptions_ParsesDeepDocuments()
    {
        var options = new ParserOptions { MaxTokens = int.MaxValue, MaxDepth = 1000 };
        var document = Parser.Parse(Nested(1000), options);
        var depth = 0;
        SelectionSetNode? set = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet;
        while (set is not null)
        {
            depth++;
            set = ((FieldNode)set.Selections[0]).SelectionSet;
        }

        Assert.Equal(1000, depth);
    }

    // { a { a { ... a } } } with the given number of selection sets.
    private static string Nested(int depth) =>
        new StringBuilder().Insert(0, "{ a ", depth).Append('}', depth).ToString();
}
