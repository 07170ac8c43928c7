using System.Text;
using MentorGraph.GraphQL.Language;

namespace MentorGraph.GraphQL.Tests.Language;

public sealed class BlockStringTests
{
    [Fact]
    public void Dedent_RemovesCommonIndentationButNotTheFirstLine()
    {
        var raw = string.Join('\n', "  Hello,", "    World!", "", "    Yours,", "      GraphQL.");
        Assert.Equal(string.Join('\n', "  Hello,", "World!", "", "Yours,", "  GraphQL."), BlockString.Dedent(raw));
    }

    [Fact]
    public void Dedent_RemovesLeadingAndTrailingBlankLines()
    {
        var raw = string.Join('\n', "", "   ", "", "    Hello,", "      World!", "", "    Yours,", "      GraphQL.", "  \t ", "");
        Assert.Equal(string.Join('\n', "Hello,", "  World!", "", "Yours,", "  GraphQL."), BlockString.Dedent(raw));
    }

    [Fact]
    public void Dedent_IgnoresBlankLinesWhenFindingTheCommonIndent()
    {
        var raw = string.Join('\n', "", "    first", " ", "    second", "");
        Assert.Equal("first\n\nsecond", BlockString.Dedent(raw));
    }

    [Fact]
    public void Dedent_KeepsTrailingSpacesOfLines()
    {
        var raw = string.Join('\n', "", "    Hello,     ", "      World!   ", "    ");
        Assert.Equal("Hello,     \n  World!   ", BlockString.Dedent(raw));
    }

    [Fact]
    public void Dedent_TreatsTabsAsWhiteSpace()
    {
        Assert.Equal("a\n\tb", BlockString.Dedent("\n\ta\n\t\tb\n"));
    }

    [Fact]
    public void Dedent_NormalisesEveryLineTerminator()
    {
        Assert.Equal("a\nb\nc\nd", BlockString.Dedent("a\r\nb\rc\nd"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\n  \t\n")]
    public void Dedent_OfOnlyWhiteSpace_IsEmpty(string raw) =>
        Assert.Equal(string.Empty, BlockString.Dedent(raw));

    [Fact]
    public void Dedent_OfLongValue_UsesAPooledBuffer()
    {
        var line = new string('x', 100);
        var raw = "\n" + string.Join('\n', Enumerable.Repeat("  " + line, 50));
        Assert.Equal(string.Join('\n', Enumerable.Repeat(line, 50)), BlockString.Dedent(raw));
    }

    [Theory]
    [InlineData("", "\"\"\"\"\"\"")]
    [InlineData("one liner", "\"\"\"one liner\"\"\"")]
    [InlineData("    space-led string", "\"\"\"    space-led string\"\"\"")]
    [InlineData("    space-led value \"quoted string\"", "\"\"\"    space-led value \"quoted string\"\n\"\"\"")]
    [InlineData("backslash \\", "\"\"\"\nbackslash \\\n\"\"\"")]
    [InlineData("triple quotation \"\"\"", "\"\"\"\ntriple quotation \\\"\"\"\n\"\"\"")]
    [InlineData("no indent\n with indent", "\"\"\"\nno indent\n with indent\n\"\"\"")]
    [InlineData("first\nsecond", "\"\"\"\nfirst\nsecond\n\"\"\"")]
    public void Print_ChoosesTheReadableLayout(string value, string printed) =>
        Assert.Equal(printed, BlockString.Print(value));

    [Fact]
    public void Print_BreaksLongSingleLines()
    {
        var value = new string('a', 71);
        Assert.Equal("\"\"\"\n" + value + "\n\"\"\"", BlockString.Print(value));
    }

    [Fact]
    public void Print_WithLinesAllIndented_ForcesALeadingNewLine()
    {
        // Without it the indent of the second line would be taken as common indent.
        const string value = "first\n  second\n  third";
        Assert.Equal("\"\"\"\n" + value + "\n\"\"\"", BlockString.Print(value));
        Assert.Equal("\"\"\"\n" + value + "\"\"\"", BlockString.Print(value, minimize: true));
    }

    [Theory]
    [InlineData("one liner", "\"\"\"one liner\"\"\"")]
    [InlineData("triple quotation \"\"\"", "\"\"\"triple quotation \\\"\"\"\"\"\"")]
    [InlineData("backslash \\", "\"\"\"backslash \\\n\"\"\"")]
    [InlineData("no indent\n with indent", "\"\"\"\nno indent\n with indent\"\"\"")]
    [InlineData("first\nsecond", "\"\"\"first\nsecond\"\"\"")]
    public void Print_Minimized_UsesFewestLines(string value, string printed) =>
        Assert.Equal(printed, BlockString.Print(value, minimize: true));

    [Theory]
    [InlineData("", true)]
    [InlineData("simple", true)]
    [InlineData("  leading space", true)]
    [InlineData("trailing space  ", true)]
    [InlineData("multi\nline", true)]
    [InlineData("first\n  indented", true)]
    [InlineData("tab\tinside", true)]
    [InlineData("\u0001", false)]
    [InlineData("carriage\rreturn", false)]
    [InlineData("\nleading new line", false)]
    [InlineData("trailing new line\n", false)]
    [InlineData("trailing blank line\n  ", false)]
    [InlineData("  all\n  indented", false)]
    public void IsPrintableAsBlockString_KnowsWhatRoundTrips(string value, bool printable) =>
        Assert.Equal(printable, BlockString.IsPrintableAsBlockString(value));

    [Fact]
    public void PrintThenParse_GivesBackEveryPrintableValue()
    {
        // Every combination of a few awkward pieces, as graphql-js's block string fuzz test.
        string[] pieces = ["a", " ", "\t", "\n", "\"", "\\", "\"\"\"", "b c", "\u00e9"];
        var checkedValues = 0;
        foreach (var value in Combinations(pieces, 4))
        {
            if (!BlockString.IsPrintableAsBlockString(value))
            {
                continue;
            }

            foreach (var minimize in new[] { false, true })
            {
                var printed = BlockString.Print(value, minimize);
                var lexer = new Lexer(Encoding.UTF8.GetBytes(printed));
                Assert.True(lexer.MoveNext());
                Assert.Equal(TokenKind.BlockString, lexer.Kind);
                Assert.Equal(value, lexer.GetString());
                Assert.False(lexer.MoveNext());
            }

            checkedValues++;
        }

        Assert.True(checkedValues > 1000);
    }

    private static IEnumerable<string> Combinations(string[] pieces, int maxLength)
    {
        var current = new List<string> { string.Empty };
        for (var length = 1; length <= maxLength; length++)
        {
            var next = new List<string>();
            foreach (var prefix in current)
            {
                foreach (var piece in pieces)
                {
                    next.Add(prefix + piece);
                }
            }

            foreach (var value in next)
            {
                yield return value;
            }

            current = next;
        }
    }
}
