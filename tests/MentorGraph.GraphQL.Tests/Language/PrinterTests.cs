using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Tests.Language;

public sealed class PrinterTests
{
    private static string Reprint(string source) => Printer.Print(Parser.Parse(source));

    [Fact]
    public void MinimalQuery_PrintsAsShorthand() =>
        Assert.Equal("{\n  id\n  name\n}", Reprint("{ id, name }"));

    [Fact]
    public void AnonymousQueryWithKeyword_PrintsAsShorthand() =>
        Assert.Equal("{\n  id\n}", Reprint("query { id }"));

    [Fact]
    public void AnonymousMutation_KeepsItsKeyword() =>
        Assert.Equal("mutation {\n  id\n  name\n}", Reprint("mutation { id, name }"));

    [Fact]
    public void AnonymousQueryWithVariables_KeepsItsKeyword() =>
        Assert.Equal(
            "query ($foo: TestType) @testDirective {\n  id\n  name\n}",
            Reprint("query ($foo: TestType) @testDirective { id, name }"));

    [Fact]
    public void VariableDefinition_WithDefaultAndDirectives() =>
        Assert.Equal(
            "query ($foo: TestType = {a: 123} @testDirective(if: true) @test) {\n  id\n}",
            Reprint("query ($foo: TestType = { a: 123 } @testDirective(if: true) @test) { id }"));

    [Fact]
    public void NamedOperation_PrintsNameThenVariables() =>
        Assert.Equal(
            "subscription Changes($id: ID!, $all: [Int!]! = [1, 2]) {\n  changed(id: $id)\n}",
            Reprint("subscription Changes($id: ID!, $all: [Int!]! = [1 2]) { changed(id: $id) }"));

    [Fact]
    public void ShortArguments_StayOnOneLine() =>
        Assert.Equal(
            "{\n  trip(wheelchair: false, arriveBy: false) {\n    dateTime\n  }\n}",
            Reprint("{trip(wheelchair:false arriveBy:false){dateTime}}"));

    [Fact]
    public void LongArguments_GoOnLinesOfTheirOwn() =>
        Assert.Equal(
            """
            {
              trip(
                wheelchair: false
                arriveBy: false
                includePlannedCancellations: true
                transitDistanceReluctance: 2000
              ) {
                dateTime
              }
            }
            """,
            Reprint("{trip(wheelchair:false arriveBy:false includePlannedCancellations:true transitDistanceReluctance:2000){dateTime}}"));

    [Fact]
    public void ArgumentLine_OfExactlyEightyCharacters_StaysOnOneLine()
    {
        // "f(" + arguments + ")" is 80 characters.
        var value = new string('x', 80 - "f(a: \"\")".Length);
        Assert.Equal("{\n  f(a: \"" + value + "\")\n}", Reprint("{ f(a: \"" + value + "\") }"));
        Assert.StartsWith("{\n  f(\n", Reprint("{ f(a: \"" + value + "x\") }"), StringComparison.Ordinal);
    }

    [Fact]
    public void ArgumentLine_CountsTheAlias()
    {
        var value = new string('x', 80 - "f(a: \"\")".Length);
        Assert.StartsWith("{\n  z: f(\n    a:", Reprint("{ z: f(a: \"" + value + "\") }"), StringComparison.Ordinal);
    }

    [Fact]
    public void Fragments_PrintSpreadsAndInlineFragments() =>
        Assert.Equal(
            """
            {
              ...Card @skip(if: false)
              ... on Mentor @include(if: true) {
                bio
              }
              ... @defer {
                id
              }
              ... {
                name
              }
            }

            fragment Card on Mentor @dir {
              id
            }
            """,
            Reprint("{ ...Card @skip(if: false) ... on Mentor @include(if: true) { bio } ... @defer { id } ... { name } } fragment Card on Mentor @dir { id }"));

    [Fact]
    public void Values_PrintCanonically() =>
        Assert.Equal(
            "{\n  f(a: [1, -2.5e3, \"s\", true, false, null, ENUM, $v, {x: [], y: {}}])\n}",
            Reprint("{ f(a: [1 -2.5e3 \"s\" true false null ENUM $v {x: [] y: {}}]) }"));

    [Fact]
    public void StringValues_AreEscaped()
    {
        var value = new StringValueNode("quote \" backslash \\ newline \n tab \t bell \u0007 del \u007f c1 \u0085 \u00e9 \U0001F600", false);
        Assert.Equal("\"quote \\\" backslash \\\\ newline \\n tab \\t bell \\u0007 del \\u007F c1 \\u0085 \u00e9 \U0001F600\"", Printer.Print(value));
    }

    [Fact]
    public void PrintString_EscapesEveryControlCharacter()
    {
        Assert.Equal("\"\\u0000\\u0001\\b\\t\\n\\u000B\\f\\r\\u000E\\u001F\"", Printer.PrintString("\0\u0001\b\t\n\u000B\f\r\u000E\u001F"));
        Assert.Equal("\"/\"", Printer.PrintString("/"));
    }

    [Fact]
    public void BlockStringArgument_IsIndentedWithItsField() =>
        Assert.Equal(
            "{\n  f(arg: \"\"\"\n  multi\n  line\n  \"\"\")\n}",
            Reprint("{ f(arg: \"\"\"\n    multi\n    line\n\"\"\") }"));

    [Fact]
    public void SingleLineBlockString_StaysOnOneLine() =>
        Assert.Equal("{\n  f(arg: \"\"\"short\"\"\")\n}", Reprint("{ f(arg: \"\"\"short\"\"\") }"));

    [Fact]
    public void TypeDefinitions_PrintWithDescriptions() =>
        Assert.Equal(
            """"
            "Single line."
            type Mentor implements Node & Person @key(fields: "id") {
              """
              Multi
              line.
              """
              name: String!
              "Inline."
              rating: Float
            }
            """",
            Reprint("\"Single line.\" type Mentor implements & Node & Person @key(fields: \"id\") { \"\"\"\nMulti\nline.\n\"\"\" name: String! \"Inline.\" rating: Float }"));

    [Fact]
    public void FieldArgumentsWithDescriptions_GoOnLinesOfTheirOwn() =>
        Assert.Equal(
            """
            type Query {
              mentors(
                "Only these."
                area: Area = DESIGN
                first: Int
              ): [Mentor]
              plain(a: Int, b: [String!] = ["x"] @d): Int
            }
            """,
            Reprint("type Query { mentors(\"Only these.\" area: Area = DESIGN, first: Int): [Mentor] plain(a: Int b: [String!] = [\"x\"] @d): Int }"));

    [Fact]
    public void DirectiveDefinition_WithDescribedArguments() =>
        Assert.Equal(
            """
            directive @cost(
              "Weight."
              weight: Int! = 1
            ) repeatable on FIELD_DEFINITION | OBJECT
            """,
            Reprint("directive @cost(\"Weight.\" weight: Int! = 1) repeatable on | FIELD_DEFINITION | OBJECT"));

    [Fact]
    public void UnionEnumInputAndScalar_Print() =>
        Assert.Equal(
            """
            union U @d = A | B

            enum E @d {
              A
              B @deprecated
            }

            input I @d {
              a: Int = 1 @c
            }

            scalar S @d

            schema @d {
              query: Q
              mutation: M
            }
            """,
            Reprint("union U @d = | A | B enum E @d { A B @deprecated } input I @d { a: Int = 1 @c } scalar S @d schema @d { query: Q mutation: M }"));

    [Fact]
    public void TypeWithoutFields_PrintsNoBraces() =>
        Assert.Equal("type T\n\ninterface I @d\n\nenum E\n\ninput In\n\nunion U", Reprint("type T interface I @d enum E input In union U"));

    [Fact]
    public void Extensions_Print() =>
        Assert.Equal(
            """
            extend schema @d {
              subscription: S
            }

            extend scalar S @d

            extend type T implements I & J @d {
              f: Int
            }

            extend interface I implements J

            extend union U = C

            extend enum E {
              C
            }

            extend input In @d
            """,
            Reprint("extend schema @d { subscription: S } extend scalar S @d extend type T implements I & J @d { f: Int } extend interface I implements J extend union U = C extend enum E { C } extend input In @d"));

    [Fact]
    public void NodesBuiltInCode_Print()
    {
        var field = new FieldNode(
            new NameNode("alias"),
            new NameNode("field"),
            [new ArgumentNode(new NameNode("id"), new IntValueNode("1"))],
            [],
            new SelectionSetNode([new FieldNode(null, new NameNode("x"), [], [], null)]));
        Assert.Equal("alias: field(id: 1) {\n  x\n}", Printer.Print(field));
        Assert.Equal("[Int!]", Printer.Print(new ListTypeNode(new NonNullTypeNode(new NamedTypeNode(new NameNode("Int"))))));
        Assert.Equal("$v", Printer.Print(new VariableNode(new NameNode("v"))));
        Assert.Equal("null", Printer.Print(new NullValueNode()));
    }

    [Fact]
    public void EmptySelectionSetBuiltInCode_PrintsNothing() =>
        Assert.Equal("f", Printer.Print(new FieldNode(null, new NameNode("f"), [], [], new SelectionSetNode([]))));

    [Fact]
    public void DeepTreeBuiltInCode_FailsInsteadOfOverflowingTheStack()
    {
        ValueNode value = new IntValueNode("1");
        for (var i = 0; i < 1_000_000; i++)
        {
            value = new ListValueNode([value]);
        }

        Assert.Throws<InsufficientExecutionStackException>(() => Printer.Print(value));
    }

    [Fact]
    public void Print_OfNull_IsAnArgumentError() =>
        Assert.Throws<ArgumentNullException>(() => Printer.Print(null!));

    [Theory]
    [InlineData("{ a }")]
    [InlineData("query Q($a: Int = 1 @d) @e { a: b(c: $a) @f { ...G ... on H { i } } }")]
    [InlineData("fragment G on H @d { i }")]
    [InlineData("{ f(a: \"\"\"  leading space\"\"\", b: \"\"\"trailing quote\"\n\"\"\", c: \"\"\"trailing \\\n\"\"\") }")]
    [InlineData("{ f(a: \"\"\"\n  indented\n    more\n\n  after blank\"\"\") }")]
    [InlineData("{ f(a: \"\"\"contains \\\"\"\" triple\"\"\") }")]
    [InlineData("\"\"\"\n  described\n\"\"\" schema { query: Q }")]
    [InlineData("type T { f(\"\"\"\n  multi\n  line\n\"\"\" a: Int = 1): Int }")]
    [InlineData("directive @d(a: [[Int!]!] = [[1]]) repeatable on FIELD | QUERY")]
    [InlineData("extend schema @d")]
    public void Print_RoundTrips(string source)
    {
        var document = Parser.Parse(source);
        var printed = Printer.Print(document);
        Assert.Equal(SyntaxTreeText.Of(document), SyntaxTreeText.Of(Parser.Parse(printed)));
        Assert.Equal(printed, Printer.Print(Parser.Parse(printed)));
    }
}
