using System.Text;
using MentorGraph.GraphQL.Language;

namespace MentorGraph.GraphQL.Tests.Language;

public sealed class LexerTests
{
    private static (TokenKind Kind, string Value) Single(string source)
    {
        var lexer = new Lexer(Encoding.UTF8.GetBytes(source));
        lexer.MoveNext();
        var token = (lexer.Kind, lexer.GetString());
        Assert.False(lexer.MoveNext(), "expected a single token");
        return token;
    }

    private static List<(TokenKind Kind, int Start, int End, int Line, int Column)> Tokens(string source)
    {
        var lexer = new Lexer(Encoding.UTF8.GetBytes(source));
        var tokens = new List<(TokenKind, int, int, int, int)>();
        while (lexer.MoveNext())
        {
            tokens.Add((lexer.Kind, lexer.Start, lexer.End, lexer.Line, lexer.Column));
        }

        tokens.Add((lexer.Kind, lexer.Start, lexer.End, lexer.Line, lexer.Column));
        return tokens;
    }

    private static GraphQLSyntaxError LexError(string source) =>
        Assert.Throws<GraphQLSyntaxError>(() => Tokens(source));

    private static GraphQLSyntaxError LexError(byte[] source) =>
        Assert.Throws<GraphQLSyntaxError>(() =>
        {
            var lexer = new Lexer(source);
            while (lexer.MoveNext())
            {
            }
        });

    [Fact]
    public void NewLexer_StartsAtStartOfFile()
    {
        var lexer = new Lexer("x"u8);
        Assert.Equal(TokenKind.StartOfFile, lexer.Kind);
        Assert.Equal(1, lexer.Line);
        Assert.Equal(1, lexer.Column);
    }

    [Fact]
    public void EmptySource_GivesEndOfFile()
    {
        var tokens = Tokens("");
        Assert.Equal([(TokenKind.EndOfFile, 0, 0, 1, 1)], tokens);
    }

    [Fact]
    public void EndOfFile_StaysEndOfFile()
    {
        var lexer = new Lexer("a"u8);
        Assert.True(lexer.MoveNext());
        Assert.False(lexer.MoveNext());
        Assert.False(lexer.MoveNext());
        Assert.Equal(TokenKind.EndOfFile, lexer.Kind);
    }

    [Theory]
    [InlineData("!", TokenKind.Bang)]
    [InlineData("$", TokenKind.Dollar)]
    [InlineData("&", TokenKind.Ampersand)]
    [InlineData("(", TokenKind.LeftParenthesis)]
    [InlineData(")", TokenKind.RightParenthesis)]
    [InlineData("...", TokenKind.Spread)]
    [InlineData(":", TokenKind.Colon)]
    [InlineData("=", TokenKind.Equals)]
    [InlineData("@", TokenKind.At)]
    [InlineData("[", TokenKind.LeftBracket)]
    [InlineData("]", TokenKind.RightBracket)]
    [InlineData("{", TokenKind.LeftBrace)]
    [InlineData("|", TokenKind.Pipe)]
    [InlineData("}", TokenKind.RightBrace)]
    public void Punctuator_IsOneToken(string source, TokenKind kind)
    {
        var tokens = Tokens(source);
        Assert.Equal((kind, 0, source.Length, 1, 1), tokens[0]);
        Assert.Equal(TokenKind.EndOfFile, tokens[1].Kind);
    }

    [Theory]
    [InlineData("name")]
    [InlineData("_private")]
    [InlineData("__typename")]
    [InlineData("camelCase123")]
    [InlineData("ALL_CAPS")]
    [InlineData("Z")]
    public void Name_IsReadWhole(string source) =>
        Assert.Equal((TokenKind.Name, source), Single(source));

    [Fact]
    public void IgnoredTokens_AreSkipped()
    {
        // White space, line terminators, commas, comments and BOMs are ignored (spec 2.1.7).
        var tokens = Tokens("\uFEFF \t,,a # comment, with \"quotes\"\r\n\r\n,b\uFEFF\rc\n");
        Assert.Equal(
            [
                (TokenKind.Name, 7, 8, 1, 6),
                (TokenKind.Name, 38, 39, 3, 2),
                (TokenKind.Name, 43, 44, 4, 1),
                (TokenKind.EndOfFile, 45, 45, 5, 1),
            ],
            tokens);
    }

    [Fact]
    public void Comment_AtEndOfFile_IsIgnored() =>
        Assert.Equal([(TokenKind.Name, 0, 1, 1, 1), (TokenKind.EndOfFile, 14, 14, 1, 15)], Tokens("a # no newline"));

    [Fact]
    public void Comment_MayHoldUnicode()
    {
        var tokens = Tokens("# caf\u00e9 \U0001F600\nx");
        Assert.Equal((TokenKind.Name, 2, 1), (tokens[0].Kind, tokens[0].Line, tokens[0].Column));
    }

    [Fact]
    public void Column_CountsCharactersNotBytes()
    {
        // "é" is two UTF-8 bytes and "😀" four, but each is one character.
        var tokens = Tokens("\"\u00e9\U0001F600\" x");
        Assert.Equal((TokenKind.Name, 9, 10, 1, 6), tokens[1]);
    }

    [Fact]
    public void Column_AfterBom_CountsTheBomAsOneCharacter()
    {
        var tokens = Tokens("\uFEFFquery");
        Assert.Equal((TokenKind.Name, 3, 8, 1, 2), tokens[0]);
    }

    [Fact]
    public void IsKeyword_ComparesBytes()
    {
        var lexer = new Lexer("query"u8);
        lexer.MoveNext();
        Assert.True(lexer.IsKeyword("query"u8));
        Assert.False(lexer.IsKeyword("quer"u8));
        Assert.False(lexer.IsKeyword("queryX"u8));
    }

    [Fact]
    public void RawValue_OfString_ExcludesQuotesAndKeepsEscapes()
    {
        var lexer = new Lexer("\"a\\nb\""u8);
        lexer.MoveNext();
        Assert.Equal("a\\nb"u8.ToArray(), lexer.RawValue.ToArray());
        Assert.Equal("a\nb", lexer.GetString());
    }

    [Theory]
    [InlineData("0", TokenKind.Int)]
    [InlineData("-0", TokenKind.Int)]
    [InlineData("4", TokenKind.Int)]
    [InlineData("-4", TokenKind.Int)]
    [InlineData("9876543210123456789", TokenKind.Int)]
    [InlineData("4.123", TokenKind.Float)]
    [InlineData("-4.123", TokenKind.Float)]
    [InlineData("0.123", TokenKind.Float)]
    [InlineData("123e4", TokenKind.Float)]
    [InlineData("123E4", TokenKind.Float)]
    [InlineData("123e-4", TokenKind.Float)]
    [InlineData("123e+4", TokenKind.Float)]
    [InlineData("-1.123e4", TokenKind.Float)]
    [InlineData("-1.123E-4", TokenKind.Float)]
    [InlineData("-1.123e+4567", TokenKind.Float)]
    [InlineData("0e0", TokenKind.Float)]
    public void Number_IsKeptAsWritten(string source, TokenKind kind) =>
        Assert.Equal((kind, source), Single(source));

    [Theory]
    [InlineData("00", "Invalid number, unexpected digit after 0: \"0\".", 2)]
    [InlineData("01", "Invalid number, unexpected digit after 0: \"1\".", 2)]
    [InlineData("-01", "Invalid number, unexpected digit after 0: \"1\".", 3)]
    [InlineData("+1", "Unexpected character: \"+\".", 1)]
    [InlineData("1.", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1e", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1e+", "Invalid number, expected digit but got: <EOF>.", 4)]
    [InlineData("1.e1", "Invalid number, expected digit but got: \"e\".", 3)]
    [InlineData(".5", "Unexpected character: \".\".", 1)]
    [InlineData("..", "Unexpected character: \".\".", 1)]
    [InlineData("-", "Invalid number, expected digit but got: <EOF>.", 2)]
    [InlineData("-A", "Invalid number, expected digit but got: \"A\".", 2)]
    [InlineData("1.A", "Invalid number, expected digit but got: \"A\".", 3)]
    [InlineData("1.0e", "Invalid number, expected digit but got: <EOF>.", 5)]
    [InlineData("1.0eA", "Invalid number, expected digit but got: \"A\".", 5)]
    [InlineData("1.2.3", "Invalid number, expected digit but got: \".\".", 4)]
    [InlineData("1.2e3.4", "Invalid number, expected digit but got: \".\".", 6)]
    [InlineData("1.23.4", "Invalid number, expected digit but got: \".\".", 5)]
    [InlineData("0x", "Invalid number, expected digit but got: \"x\".", 2)]
    [InlineData("0xF1", "Invalid number, expected digit but got: \"x\".", 2)]
    [InlineData("1e3e", "Invalid number, expected digit but got: \"e\".", 4)]
    [InlineData("123abc", "Invalid number, expected digit but got: \"a\".", 4)]
    [InlineData("1_000", "Invalid number, expected digit but got: \"_\".", 2)]
    [InlineData("1\u00df", "Unexpected character: U+00DF.", 2)]
    public void Number_WithBadLookahead_IsAnError(string source, string message, int column)
    {
        var error = LexError(source);
        Assert.Equal(message, error.Description);
        Assert.Equal((1, column), (error.Line, error.Column));
        Assert.Equal(ErrorCodes.SyntaxError, error.Code);
    }

    [Theory]
    [InlineData("\"\"", "")]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\"", "escaped \n\r\b\t\f")]
    [InlineData("\"slashes \\\\ \\/\"", "slashes \\ /")]
    [InlineData("\"unescaped unicode outside BMP \U0001F600\"", "unescaped unicode outside BMP \U0001F600")]
    [InlineData("\"unescaped maximal unicode outside BMP \U0010FFFF\"", "unescaped maximal unicode outside BMP \U0010FFFF")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"unicode \\u{1234}\\u{5678}\\u{90AB}\\u{CDEF}\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"string with unicode escape outside BMP \\u{1F600}\"", "string with unicode escape outside BMP \U0001F600")]
    [InlineData("\"string with minimal unicode escape \\u{0}\"", "string with minimal unicode escape \0")]
    [InlineData("\"string with maximal unicode escape \\u{10FFFF}\"", "string with maximal unicode escape \U0010FFFF")]
    [InlineData("\"string with maximal minimal unicode escape \\u{00000000}\"", "string with maximal minimal unicode escape \0")]
    [InlineData("\"string with unicode surrogate pair escape \\uD83D\\uDE00\"", "string with unicode surrogate pair escape \U0001F600")]
    [InlineData("\"string with minimal surrogate pair escape \\uD800\\uDC00\"", "string with minimal surrogate pair escape \U00010000")]
    [InlineData("\"string with maximal surrogate pair escape \\uDBFF\\uDFFF\"", "string with maximal surrogate pair escape \U0010FFFF")]
    [InlineData("\"lower case hex \\u00e9\\u{1f600}\"", "lower case hex \u00e9\U0001F600")]
    [InlineData("\"control \u0001 characters are source characters\"", "control \u0001 characters are source characters")]
    public void String_ResolvesEscapes(string source, string value) =>
        Assert.Equal((TokenKind.String, value), Single(source));

    [Fact]
    public void String_LongerThanStackBuffer_IsDecoded()
    {
        var text = string.Concat(Enumerable.Repeat("\\u00e9x\\n", 200));
        var expected = string.Concat(Enumerable.Repeat("\u00e9x\n", 200));
        Assert.Equal((TokenKind.String, expected), Single("\"" + text + "\""));
    }

    [Theory]
    [InlineData("\"", "Unterminated string.", 1, 2)]
    [InlineData("\"\"\"", "Unterminated string.", 1, 4)]
    [InlineData("\"\"\"\"", "Unterminated string.", 1, 5)]
    [InlineData("\"no end quote", "Unterminated string.", 1, 14)]
    [InlineData("'single quotes'", "Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1)]
    [InlineData("\"multi\nline\"", "Unterminated string.", 1, 7)]
    [InlineData("\"multi\rline\"", "Unterminated string.", 1, 7)]
    [InlineData("\"bad \\z esc\"", "Invalid character escape sequence: \"\\z\".", 1, 6)]
    [InlineData("\"bad \\x esc\"", "Invalid character escape sequence: \"\\x\".", 1, 6)]
    [InlineData("\"bad \\u1 esc\"", "Invalid Unicode escape sequence: \"\\u1 es\".", 1, 6)]
    [InlineData("\"bad \\u0XX1 esc\"", "Invalid Unicode escape sequence: \"\\u0XX1\".", 1, 6)]
    [InlineData("\"bad \\uXXXX esc\"", "Invalid Unicode escape sequence: \"\\uXXXX\".", 1, 6)]
    [InlineData("\"bad \\uFXXX esc\"", "Invalid Unicode escape sequence: \"\\uFXXX\".", 1, 6)]
    [InlineData("\"bad \\uXXXF esc\"", "Invalid Unicode escape sequence: \"\\uXXXF\".", 1, 6)]
    [InlineData("\"bad \\u{} esc\"", "Invalid Unicode escape sequence: \"\\u{}\".", 1, 6)]
    [InlineData("\"bad \\u{FXXX} esc\"", "Invalid Unicode escape sequence: \"\\u{FX\".", 1, 6)]
    [InlineData("\"bad \\u{FFFF esc\"", "Invalid Unicode escape sequence: \"\\u{FFFF \".", 1, 6)]
    [InlineData("\"bad \\u{FFFF\"", "Invalid Unicode escape sequence: \"\\u{FFFF\"\".", 1, 6)]
    [InlineData("\"too high \\u{110000} esc\"", "Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 11)]
    [InlineData("\"way too high \\u{12345678} esc\"", "Invalid Unicode escape sequence: \"\\u{12345678}\".", 1, 15)]
    [InlineData("\"too long \\u{000000000} esc\"", "Invalid Unicode escape sequence: \"\\u{000000000\".", 1, 11)]
    [InlineData("\"bad surrogate \\uDEAD esc\"", "Invalid Unicode escape sequence: \"\\uDEAD\".", 1, 16)]
    [InlineData("\"bad surrogate \\u{DEAD} esc\"", "Invalid Unicode escape sequence: \"\\u{DEAD}\".", 1, 16)]
    [InlineData("\"cannot use braces for surrogate pair \\u{D83D}\\u{DE00} esc\"", "Invalid Unicode escape sequence: \"\\u{D83D}\".", 1, 39)]
    [InlineData("\"bad high surrogate pair \\uDEAD\\uDEAD esc\"", "Invalid Unicode escape sequence: \"\\uDEAD\".", 1, 26)]
    [InlineData("\"bad low surrogate pair \\uD800\\uD800 esc\"", "Invalid Unicode escape sequence: \"\\uD800\".", 1, 25)]
    [InlineData("\"lone leading surrogate \\uD83D esc\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 1, 25)]
    [InlineData("\"leading surrogate then letter \\uD83Dx\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 1, 32)]
    [InlineData("\"trailing backslash \\", "Invalid character escape sequence: \"\\\".", 1, 21)]
    [InlineData("\"\u00e9 \\q\"", "Invalid character escape sequence: \"\\q\".", 1, 4)]
    public void String_Malformed_IsAnErrorAtTheFault(string source, string message, int line, int column)
    {
        var error = LexError(source);
        Assert.Equal(message, error.Description);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void String_WithInvalidUtf8_IsAnError()
    {
        var error = LexError([(byte)'"', (byte)'a', 0xFF, (byte)'"']);
        Assert.Equal("Invalid character within String: byte 0xFF (not UTF-8).", error.Description);
        Assert.Equal((1, 3), (error.Line, error.Column));
    }

    [Fact]
    public void String_WithEncodedLoneSurrogate_IsAnError()
    {
        // ED A0 80 would be U+D800, which is not a Unicode scalar value (spec 2.1.1).
        var error = LexError([(byte)'"', 0xED, 0xA0, 0x80, (byte)'"']);
        Assert.StartsWith("Invalid character within String:", error.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Comment_WithInvalidUtf8_IsAnError()
    {
        var error = LexError([(byte)'#', 0xC3, (byte)'\n']);
        Assert.Equal("Invalid character: byte 0xC3 (not UTF-8).", error.Description);
    }

    [Theory]
    [InlineData("\"\"\"\"\"\"", "")]
    [InlineData("\"\"\"simple\"\"\"", "simple")]
    [InlineData("\"\"\" white space \"\"\"", " white space ")]
    [InlineData("\"\"\"contains \" quote\"\"\"", "contains \" quote")]
    [InlineData("\"\"\"contains \\\"\"\" triple quote\"\"\"", "contains \"\"\" triple quote")]
    [InlineData("\"\"\"multi\nline\"\"\"", "multi\nline")]
    [InlineData("\"\"\"multi\rline\r\nnormalized\"\"\"", "multi\nline\nnormalized")]
    [InlineData("\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"", "unescaped \\n\\r\\b\\t\\f\\u1234")]
    [InlineData("\"\"\"unescaped unicode outside BMP \U0001F600\"\"\"", "unescaped unicode outside BMP \U0001F600")]
    [InlineData("\"\"\"slashes \\\\ \\/\"\"\"", "slashes \\\\ \\/")]
    [InlineData("\"\"\"\n\n        spans\n          multiple\n            lines\n\n        \"\"\"", "spans\n  multiple\n    lines")]
    [InlineData("\"\"\"  first line keeps its indent\n    others lose theirs\"\"\"", "  first line keeps its indent\nothers lose theirs")]
    [InlineData("\"\"\"\\\\\"\"\"\"\"\"", "\\\"\"\"")]
    public void BlockString_IsDedented(string source, string value) =>
        Assert.Equal((TokenKind.BlockString, value), Single(source));

    [Fact]
    public void BlockString_AdvancesLines()
    {
        var tokens = Tokens("\"\"\"\n\n  spans\r\n  lines\r  \"\"\" after");
        Assert.Equal((TokenKind.BlockString, 0, 1, 1), (tokens[0].Kind, tokens[0].Start, tokens[0].Line, tokens[0].Column));
        Assert.Equal((TokenKind.Name, 5, 7), (tokens[1].Kind, tokens[1].Line, tokens[1].Column));
    }

    [Fact]
    public void BlockString_Unterminated_IsAnErrorAtTheEnd()
    {
        var error = LexError("\"\"\"\nno end\n  here");
        Assert.Equal("Unterminated string.", error.Description);
        Assert.Equal((3, 7), (error.Line, error.Column));
    }

    [Fact]
    public void BlockString_WithInvalidUtf8_IsAnError()
    {
        var error = LexError([(byte)'"', (byte)'"', (byte)'"', (byte)'\n', 0x80, (byte)'"', (byte)'"', (byte)'"']);
        Assert.Equal("Invalid character within String: byte 0x80 (not UTF-8).", error.Description);
        Assert.Equal((2, 1), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("?", "Unexpected character: \"?\".")]
    [InlineData("%", "Unexpected character: \"%\".")]
    [InlineData(".", "Unexpected character: \".\".")]
    [InlineData("..", "Unexpected character: \".\".")]
    [InlineData("\u0007", "Unexpected character: U+0007.")]
    [InlineData("\u00a0", "Unexpected character: U+00A0.")]
    [InlineData("\u203B", "Unexpected character: U+203B.")]
    [InlineData("\U0001F600", "Unexpected character: U+1F600.")]
    [InlineData("\"", "Unterminated string.")]
    public void UnexpectedCharacter_IsNamed(string source, string message) =>
        Assert.Equal(message, LexError(source).Description);

    [Fact]
    public void UnicodeInName_IsAnErrorAtTheCharacter()
    {
        // Names are ASCII only (spec 2.1.9); "café" is the name "caf" then an unexpected "é".
        var error = LexError("query caf\u00e9 { x }");
        Assert.Equal("Syntax Error: Unexpected character: U+00E9.", error.Message);
        Assert.Equal((1, 10), (error.Line, error.Column));
    }

    [Fact]
    public void InvalidUtf8OutsideStrings_IsAnError()
    {
        var error = LexError([(byte)'a', (byte)' ', 0xFE]);
        Assert.Equal("Invalid character: byte 0xFE (not UTF-8).", error.Description);
        Assert.Equal((1, 3), (error.Line, error.Column));
    }

    [Fact]
    public void ErrorPosition_CountsLinesAndCharacters()
    {
        var error = LexError("\n\n    \"\u00e9\u00e9\" ?");
        Assert.Equal((3, 10), (error.Line, error.Column));
        Assert.Equal(13, error.Position);
    }

    [Fact]
    public void Spread_NeedsThreeDots()
    {
        Assert.Equal((TokenKind.Spread, 0, 3, 1, 1), Tokens("...")[0]);
        var error = LexError("... ..");
        Assert.Equal("Unexpected character: \".\".", error.Description);
        Assert.Equal((1, 5), (error.Line, error.Column));
    }

    [Fact]
    public void DescribeToken_NamesKindAndValue()
    {
        var lexer = new Lexer("foo 12 \"s\" }"u8);
        lexer.MoveNext();
        Assert.Equal("Name \"foo\"", lexer.DescribeToken());
        lexer.MoveNext();
        Assert.Equal("Int \"12\"", lexer.DescribeToken());
        lexer.MoveNext();
        Assert.Equal("String \"s\"", lexer.DescribeToken());
        lexer.MoveNext();
        Assert.Equal("\"}\"", lexer.DescribeToken());
        lexer.MoveNext();
        Assert.Equal("<EOF>", lexer.DescribeToken());
    }
}
