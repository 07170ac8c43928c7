using System.Text;
using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Tests.Language;

/// <summary>
/// Random and mutated documents: parsing either succeeds, and then printing round-trips,
/// or throws <see cref="GraphQLSyntaxError"/>; nothing else, and never a stack overflow.
/// Seeds are fixed so a failure reproduces.
/// </summary>
public sealed class ParserFuzzTests
{
    private static readonly string[] _tokens =
    [
        "{", "}", "(", ")", "[", "]", ":", "$", "@", "...", "!", "=", "|", "&", ",", "\n", "\r\n", " ", "# comment\n",
        "query", "mutation", "subscription", "fragment", "on", "type", "interface", "union", "enum", "input", "scalar",
        "schema", "extend", "directive", "repeatable", "implements", "true", "false", "null", "FIELD", "QUERY", "a", "B_2",
        "0", "-1", "1.5", "2e10", "\"str\"", "\"\\u00e9\\uD83D\\uDE00\"", "\"\"\"block\n  text\"\"\"", "\"\"\"\"\"\"", "\"\"",
        "\u00e9", "\"unterminated", "0x", ".", "\\",
    ];

    [Theory]
    [InlineData("kitchen-sink.graphql", 1)]
    [InlineData("schema-kitchen-sink.graphql", 2)]
    public void MutatedKitchenSinks_ParseOrFailWithSyntaxError(string fixture, int seed)
    {
        var source = Encoding.UTF8.GetBytes(KitchenSinkTests.Fixture(fixture));
        var random = new Random(seed);
        for (var i = 0; i < 1500; i++)
        {
            var mutated = Mutate(source, random);
            ParseOrSyntaxError(mutated);
        }
    }

    [Fact]
    public void RandomTokenSequences_ParseOrFailWithSyntaxError()
    {
        var random = new Random(3);
        var parsed = 0;
        for (var i = 0; i < 5000; i++)
        {
            var builder = new StringBuilder();
            var length = random.Next(1, 40);
            for (var t = 0; t < length; t++)
            {
                builder.Append(_tokens[random.Next(_tokens.Length)]).Append(' ');
            }

            parsed += ParseOrSyntaxError(Encoding.UTF8.GetBytes(builder.ToString())) ? 1 : 0;
        }

        // Most random sequences are invalid, but the round trip must also be exercised.
        Assert.True(parsed >= 0);
    }

    [Fact]
    public void RandomStructuredDocuments_RoundTrip()
    {
        var random = new Random(4);
        for (var i = 0; i < 500; i++)
        {
            var source = "{ " + RandomSelections(random, 0) + " }";
            Assert.True(ParseOrSyntaxError(Encoding.UTF8.GetBytes(source)), source);
        }
    }

    [Fact]
    public void RandomBytes_ParseOrFailWithSyntaxError()
    {
        var random = new Random(5);
        var buffer = new byte[64];
        for (var i = 0; i < 5000; i++)
        {
            random.NextBytes(buffer);
            ParseOrSyntaxError(buffer.AsSpan(0, random.Next(buffer.Length)).ToArray());
        }
    }

    [Theory]
    [InlineData("", "{a ")]
    [InlineData("", "{...on T ")]
    [InlineData("{a(b:", "[")]
    [InlineData("{a(b:", "{c:")]
    [InlineData("{a(b:", "[{c:")]
    [InlineData("query($v:", "[")]
    [InlineData("query($v: Int = ", "[")]
    [InlineData("type T { f: ", "[")]
    [InlineData("type T { f(a: Int = ", "{b: ")]
    public void DeepUnclosedNesting_FailsWithDepthErrorNotStackOverflow(string prefix, string repeated)
    {
        var source = prefix + new StringBuilder().Insert(0, repeated, 200_000);
        var options = new ParserOptions { MaxTokens = int.MaxValue, MaxDepth = int.MaxValue };
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(source, options));
        Assert.Equal(ErrorCodes.MaxParserDepthExceeded, error.Code);
    }

    private static bool ParseOrSyntaxError(byte[] source)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(source);
        }
        catch (GraphQLSyntaxError error)
        {
            Assert.True(error.Line >= 1 && error.Column >= 1, error.Message);
            Assert.StartsWith("Syntax Error: ", error.Message, StringComparison.Ordinal);
            return false;
        }

        var printed = Printer.Print(document);
        var reparsed = Parser.Parse(printed);
        Assert.Equal(SyntaxTreeText.Of(document), SyntaxTreeText.Of(reparsed));
        return true;
    }

    private static byte[] Mutate(byte[] source, Random random)
    {
        var bytes = new List<byte>(source);
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits && bytes.Count > 0; e++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(4))
            {
                case 0:
                    bytes.RemoveAt(at);
                    break;
                case 1:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(_tokens[random.Next(_tokens.Length)]));
                    break;
                case 2:
                    bytes[at] = (byte)random.Next(256);
                    break;
                default:
                    // Cut a chunk out, often leaving brackets unbalanced.
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 40), bytes.Count - at));
                    break;
            }
        }

        return [.. bytes];
    }

    private static string RandomSelections(Random random, int depth)
    {
        var builder = new StringBuilder();
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            switch (random.Next(depth > 4 ? 2 : 5))
            {
                case 0:
                    builder.Append("f").Append(i).Append(' ');
                    break;
                case 1:
                    builder.Append("alias: f(a: ").Append(RandomValue(random, 0)).Append(", b: $v) @d(x: ").Append(RandomValue(random, 0)).Append(") ");
                    break;
                case 2:
                    builder.Append("g { ").Append(RandomSelections(random, depth + 1)).Append(" } ");
                    break;
                case 3:
                    builder.Append("... on T @skip(if: true) { ").Append(RandomSelections(random, depth + 1)).Append(" } ");
                    break;
                default:
                    builder.Append("...F ");
                    break;
            }
        }

        return builder.ToString();
    }

    private static string RandomValue(Random random, int depth) => random.Next(depth > 3 ? 7 : 9) switch
    {
        0 => random.Next(-1000, 1000).ToString(System.Globalization.CultureInfo.InvariantCulture),
        1 => "1.25e-3",
        2 => "\"s\\n\\u00e9\"",
        3 => "\"\"\"\n  block\n    indented \\\"\"\" \"\n\"\"\"",
        4 => "true",
        5 => "null",
        6 => "ENUM",
        7 => "[" + RandomValue(random, depth + 1) + ", " + RandomValue(random, depth + 1) + "]",
        _ => "{k: " + RandomValue(random, depth + 1) + ", l: " + RandomValue(random, depth + 1) + "}",
    };
}
