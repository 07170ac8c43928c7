using MentorGraph.GraphQL.Language;

namespace MentorGraph.GraphQL.Tests.Language;

public sealed class ParserErrorTests
{
    [Theory]
    [InlineData("", "Unexpected <EOF>.", 1, 1)]
    [InlineData("   # only a comment\n", "Unexpected <EOF>.", 2, 1)]
    [InlineData("{", "Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{}", "Expected Name, found \"}\".", 1, 2)]
    [InlineData("{ a", "Expected Name, found <EOF>.", 1, 4)]
    [InlineData("{ a }}", "Unexpected \"}\".", 1, 6)]
    [InlineData("{ a: }", "Expected Name, found \"}\".", 1, 6)]
    [InlineData("{ a() }", "Expected Name, found \")\".", 1, 5)]
    [InlineData("{ a(b) }", "Expected \":\", found \")\".", 1, 6)]
    [InlineData("{ a(b:) }", "Unexpected \")\".", 1, 7)]
    [InlineData("{ a(b: 1 }", "Expected Name, found \"}\".", 1, 10)]
    [InlineData("{ a @ }", "Expected Name, found \"}\".", 1, 7)]
    [InlineData("{ ...on }", "Expected Name, found \"}\".", 1, 9)]
    [InlineData("{ ... }", "Expected \"{\", found \"}\".", 1, 7)]
    [InlineData("{ ...F( }", "Expected Name, found \"(\".", 1, 7)]
    [InlineData("query", "Expected \"{\", found <EOF>.", 1, 6)]
    [InlineData("query Q", "Expected \"{\", found <EOF>.", 1, 8)]
    [InlineData("query Q()", "Expected \"$\", found \")\".", 1, 9)]
    [InlineData("query Q($a) { a }", "Expected \":\", found \")\".", 1, 11)]
    [InlineData("query Q($a:) { a }", "Expected Name, found \")\".", 1, 12)]
    [InlineData("query Q($a: Int =) { a }", "Unexpected \")\".", 1, 18)]
    [InlineData("query Q(a: Int) { a }", "Expected \"$\", found Name \"a\".", 1, 9)]
    [InlineData("query Q($a: Int = $b) { a }", "Unexpected variable \"$b\" in constant value.", 1, 19)]
    [InlineData("query Q($a: Int @d(x: $b)) { a }", "Unexpected variable \"$b\" in constant value.", 1, 23)]
    [InlineData("query Q($a: Int = $) { a }", "Unexpected \"$\".", 1, 19)]
    [InlineData("query Q { a(b: $) }", "Expected Name, found \")\".", 1, 17)]
    [InlineData("notAnOperation Foo { field }", "Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("...", "Unexpected \"...\".", 1, 1)]
    [InlineData("{ ...MissingOn }\nfragment MissingOn Type", "Expected \"on\", found Name \"Type\".", 2, 20)]
    [InlineData("fragment on on on { on }", "Unexpected Name \"on\".", 1, 10)]
    [InlineData("fragment F on T", "Expected \"{\", found <EOF>.", 1, 16)]
    [InlineData("fragment F { a }", "Expected \"on\", found \"{\".", 1, 12)]
    [InlineData("fragment F on { a }", "Expected Name, found \"{\".", 1, 15)]
    [InlineData("fragment F($v: Int) on T { a }", "Expected \"on\", found \"(\".", 1, 11)]
    [InlineData("{ f(a: [1, 2) }", "Unexpected \")\".", 1, 13)]
    [InlineData("{ f(a: {x 1}) }", "Expected \":\", found Int \"1\".", 1, 11)]
    [InlineData("{ f(a: {x: 1) }", "Expected Name, found \")\".", 1, 13)]
    [InlineData("{ f(a: \"\"\"block\"\"\" b: [) }", "Unexpected \")\".", 1, 24)]
    [InlineData("{ f(a: :) }", "Unexpected \":\".", 1, 8)]
    [InlineData("{ f(a: 1) @skip(if: ) }", "Unexpected \")\".", 1, 21)]
    [InlineData("query Q { a } query", "Expected \"{\", found <EOF>.", 1, 20)]
    [InlineData("{ a } { b", "Expected Name, found <EOF>.", 1, 10)]
    [InlineData("query Q($v: [Int) { a }", "Expected \"]\", found \")\".", 1, 17)]
    [InlineData("query Q($v: Int!!) { a }", "Expected \"$\", found \"!\".", 1, 17)]
    [InlineData("{ a(x: \"unterminated) }", "Unterminated string.", 1, 24)]
    [InlineData("{ a(x: 1.) }", "Invalid number, expected digit but got: \")\".", 1, 10)]
    public void MalformedExecutableDocument_ReportsMessageAndLocation(string source, string description, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(source));
        Assert.Equal(description, error.Description);
        Assert.Equal("Syntax Error: " + description, error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Equal(ErrorCodes.SyntaxError, error.Code);
    }

    [Fact]
    public void SyntaxError_ConvertsToGraphQLError()
    {
        var syntaxError = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse("{\n  mentor(\n}"));
        var error = syntaxError.ToGraphQLError();
        Assert.Equal("Syntax Error: Expected Name, found \"}\".", error.Message);
        Assert.Equal([new ErrorLocation(3, 1)], error.Locations);
        Assert.Equal(ErrorCodes.SyntaxError, error.Code);
        Assert.Null(error.Path);
    }

    [Fact]
    public void SyntaxError_Position_IsAByteOffset()
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse("{ f(s: \"\u00e9\u00e9\") ) }"));
        Assert.Equal(15, error.Position);
        Assert.Equal(14, error.Column);
    }

    [Fact]
    public void SyntaxError_DescribesStringTokensByValue()
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse("{ f(a: 1 \"\\u00e9t\u00e9\") }"));
        Assert.Equal("Syntax Error: Expected Name, found String \"\u00e9t\u00e9\".", error.Message);
    }

    [Fact]
    public void SyntaxError_DescribesBlockStringTokens()
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse("{ f(a: 1 \"\"\"  x  \"\"\") }"));
        Assert.Equal("Syntax Error: Expected Name, found BlockString \"  x  \".", error.Message);
    }

    [Fact]
    public void DescriptionAtEndOfDocument_ReportsTheEnd()
    {
        // As graphql-js: a string where a definition may start is read as a description.
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse("{ a } \"dangling\""));
        Assert.Equal("Syntax Error: Unexpected <EOF>.", error.Message);
        Assert.Equal(17, error.Column);
    }

    [Fact]
    public void SyntaxError_DescribesFloatTokens()
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse("{ a } 1.5"));
        Assert.Equal("Syntax Error: Unexpected Float \"1.5\".", error.Message);
    }

    [Fact]
    public void LexicalError_InsideDocument_IsReportedWhereItIs()
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse("query {\n  f(a: \"ok\", b: \"bad \\q\")\n}"));
        Assert.Equal("Syntax Error: Invalid character escape sequence: \"\\q\".", error.Message);
        Assert.Equal((2, 22), (error.Line, error.Column));
    }

    [Fact]
    public void NullSource_IsAnArgumentError() =>
        Assert.Throws<ArgumentNullException>(() => Parser.Parse((string)null!));
}
