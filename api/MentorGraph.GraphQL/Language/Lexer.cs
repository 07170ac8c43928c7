using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace MentorGraph.GraphQL.Language;

/// <summary>
/// Reads the lexical tokens of a GraphQL document (spec 2.1 Source Text) from its UTF-8
/// bytes, one at a time. A token is a slice of the input: nothing is allocated while
/// reading, strings are made only when <see cref="GetString"/> asks for a value, and
/// keywords are compared as bytes with <see cref="IsKeyword"/>. Ignored tokens (white space,
/// line terminators, commas, comments, the byte order mark) are skipped.
/// <para>
/// Positions are UTF-8 byte offsets; lines and columns are 1-based, columns counted in
/// Unicode characters (code points). A lexical error throws <see cref="GraphQLSyntaxError"/>.
/// </para>
/// </summary>
public ref struct Lexer
{
    // Bytes that end a run of plain characters inside a string: the closing quote, an
    // escape, a line terminator (strings may not span lines) or the start of a multi-byte
    // UTF-8 sequence, which must be checked to be a Unicode scalar value (spec 2.1.1).
    private static readonly SearchValues<byte> _stringStops = CreateStops("\"\\\n\r");

    // Inside a comment only line terminators and multi-byte sequences matter (spec 2.1.4).
    private static readonly SearchValues<byte> _commentStops = CreateStops("\n\r");

    private readonly ReadOnlySpan<byte> _source;
    private int _position;
    private int _line;
    private int _lineStart;

    // UTF-8 continuation bytes seen since _lineStart: the column of a byte offset is the
    // byte count from the line start minus these, so columns count characters in O(1).
    private int _lineExtraBytes;

    // Whether the current String has escape sequences, or the current BlockString has \""".
    private bool _hasEscapes;

    /// <summary>Creates a reader positioned before the first token (<see cref="TokenKind.StartOfFile"/>).</summary>
    public Lexer(ReadOnlySpan<byte> source)
    {
        _source = source;
        _line = 1;
        Kind = TokenKind.StartOfFile;
        Line = 1;
        Column = 1;
    }

    /// <summary>The kind of the current token.</summary>
    public TokenKind Kind { get; private set; }

    /// <summary>The byte offset where the current token starts.</summary>
    public int Start { get; private set; }

    /// <summary>The byte offset just past the current token.</summary>
    public int End { get; private set; }

    /// <summary>The 1-based line where the current token starts.</summary>
    public int Line { get; private set; }

    /// <summary>The 1-based column, in characters, where the current token starts.</summary>
    public int Column { get; private set; }

    /// <summary>The whole source being read.</summary>
    public readonly ReadOnlySpan<byte> Source => _source;

    /// <summary>
    /// The raw bytes of the current token's value: a name or number as written, a string's
    /// content between its quotes with escapes unresolved, a block string's between its
    /// triple quotes; empty for punctuators.
    /// </summary>
    public readonly ReadOnlySpan<byte> RawValue => Kind switch
    {
        TokenKind.Name or TokenKind.Int or TokenKind.Float => _source[Start..End],
        TokenKind.String => _source[(Start + 1)..(End - 1)],
        TokenKind.BlockString => _source[(Start + 3)..(End - 3)],
        _ => [],
    };

    /// <summary>Whether the current token is the name <paramref name="keyword"/>, compared as UTF-8 bytes.</summary>
    public readonly bool IsKeyword(ReadOnlySpan<byte> keyword) =>
        Kind == TokenKind.Name && _source[Start..End].SequenceEqual(keyword);

    /// <summary>
    /// The value of the current token as a string: a name or number as written, a string
    /// with its escapes resolved (spec 2.9.4 StringValue), a block string after
    /// BlockStringValue() (spec 2.9.4); the punctuator for the others.
    /// </summary>
    public readonly string GetString() => Kind switch
    {
        TokenKind.Name or TokenKind.Int or TokenKind.Float => Encoding.UTF8.GetString(_source[Start..End]),
        TokenKind.String => _hasEscapes ? DecodeString() : Encoding.UTF8.GetString(RawValue),
        TokenKind.BlockString => DecodeBlockString(),
        _ => DescribeKind(Kind).Trim('"'),
    };

    /// <summary>Reads the next token; false once <see cref="TokenKind.EndOfFile"/> is reached.</summary>
    public bool MoveNext()
    {
        if (Kind == TokenKind.EndOfFile)
        {
            return false;
        }

        var source = _source;
        var position = _position;
        while (position < source.Length)
        {
            var code = source[position];

            // Ignored tokens (spec 2.1.7).
            switch (code)
            {
                case (byte)' ' or (byte)'\t' or (byte)',':
                    position++;
                    continue;
                case (byte)'\n':
                    position++;
                    StartLine(position);
                    continue;
                case (byte)'\r':
                    position += position + 1 < source.Length && source[position + 1] == (byte)'\n' ? 2 : 1;
                    StartLine(position);
                    continue;
                case (byte)'#':
                    position = SkipComment(position);
                    continue;
                case 0xEF when position + 2 < source.Length && source[position + 1] == 0xBB && source[position + 2] == 0xBF:
                    // UnicodeBOM (spec 2.1.1): three bytes, one character.
                    position += 3;
                    _lineExtraBytes += 2;
                    continue;
            }

            BeginToken(position);
            switch (code)
            {
                case (byte)'!': return Punctuator(TokenKind.Bang, 1);
                case (byte)'$': return Punctuator(TokenKind.Dollar, 1);
                case (byte)'&': return Punctuator(TokenKind.Ampersand, 1);
                case (byte)'(': return Punctuator(TokenKind.LeftParenthesis, 1);
                case (byte)')': return Punctuator(TokenKind.RightParenthesis, 1);
                case (byte)':': return Punctuator(TokenKind.Colon, 1);
                case (byte)'=': return Punctuator(TokenKind.Equals, 1);
                case (byte)'@': return Punctuator(TokenKind.At, 1);
                case (byte)'[': return Punctuator(TokenKind.LeftBracket, 1);
                case (byte)']': return Punctuator(TokenKind.RightBracket, 1);
                case (byte)'{': return Punctuator(TokenKind.LeftBrace, 1);
                case (byte)'|': return Punctuator(TokenKind.Pipe, 1);
                case (byte)'}': return Punctuator(TokenKind.RightBrace, 1);
                case (byte)'.' when position + 2 < source.Length && source[position + 1] == (byte)'.' && source[position + 2] == (byte)'.':
                    return Punctuator(TokenKind.Spread, 3);
                case (byte)'"':
                    if (position + 2 < source.Length && source[position + 1] == (byte)'"' && source[position + 2] == (byte)'"')
                    {
                        ReadBlockString(position);
                    }
                    else
                    {
                        ReadString(position);
                    }

                    return true;
            }

            if (IsDigit(code) || code == (byte)'-')
            {
                ReadNumber(position);
                return true;
            }

            if (IsNameStart(code))
            {
                ReadName(position);
                return true;
            }

            throw UnexpectedCharacter(position);
        }

        BeginToken(position);
        Kind = TokenKind.EndOfFile;
        End = position;
        _position = position;
        return false;
    }

    /// <summary>How graphql-js names a token kind in messages: punctuators quoted, <c>&lt;EOF&gt;</c>, <c>Name</c>.</summary>
    public static string DescribeKind(TokenKind kind) => kind switch
    {
        TokenKind.StartOfFile => "<SOF>",
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Ampersand => "\"&\"",
        TokenKind.LeftParenthesis => "\"(\"",
        TokenKind.RightParenthesis => "\")\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.Equals => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.LeftBracket => "\"[\"",
        TokenKind.RightBracket => "\"]\"",
        TokenKind.LeftBrace => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.RightBrace => "\"}\"",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        TokenKind.BlockString => "BlockString",
        _ => kind.ToString(),
    };

    /// <summary>How graphql-js names the current token in messages: <c>Name "foo"</c>, <c>"}"</c>, <c>&lt;EOF&gt;</c>.</summary>
    public readonly string DescribeToken() => Kind switch
    {
        TokenKind.Name or TokenKind.Int or TokenKind.Float or TokenKind.String or TokenKind.BlockString =>
            DescribeKind(Kind) + " \"" + GetString() + "\"",
        _ => DescribeKind(Kind),
    };

    /// <summary>A syntax error at the current token.</summary>
    public readonly GraphQLSyntaxError ErrorAtToken(string description, string code = ErrorCodes.SyntaxError) =>
        new(description, Start, Line, Column, code);

    private static SearchValues<byte> CreateStops(string asciiStops)
    {
        var stops = new byte[asciiStops.Length + 128];
        for (var i = 0; i < asciiStops.Length; i++)
        {
            stops[i] = (byte)asciiStops[i];
        }

        for (var i = 0; i < 128; i++)
        {
            stops[asciiStops.Length + i] = (byte)(0x80 + i);
        }

        return SearchValues.Create(stops);
    }

    private static bool IsDigit(int code) => (uint)(code - '0') <= 9;

    // NameStart :: Letter | _ (spec 2.1.9).
    private static bool IsNameStart(int code) => (uint)((code | 0x20) - 'a') <= 'z' - 'a' || code == '_';

    // NameContinue :: Letter | Digit | _ (spec 2.1.9).
    private static bool IsNameContinue(int code) => IsNameStart(code) || IsDigit(code);

    private static bool IsScalarValue(int codePoint) =>
        (codePoint >= 0 && codePoint <= 0xD7FF) || (codePoint >= 0xE000 && codePoint <= 0x10FFFF);

    private static bool IsLeadingSurrogate(int code) => code >= 0xD800 && code <= 0xDBFF;

    private static bool IsTrailingSurrogate(int code) => code >= 0xDC00 && code <= 0xDFFF;

    private static int HexValue(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    private void StartLine(int position)
    {
        _line++;
        _lineStart = position;
        _lineExtraBytes = 0;
    }

    private void BeginToken(int position)
    {
        Start = position;
        Line = _line;
        Column = position - _lineStart - _lineExtraBytes + 1;
    }

    private bool Punctuator(TokenKind kind, int length)
    {
        Kind = kind;
        End = Start + length;
        _position = End;
        return true;
    }

    /// <summary>Comment :: # CommentChar* (spec 2.1.4); returns the offset of the line terminator or end.</summary>
    private int SkipComment(int position)
    {
        position++;
        while (true)
        {
            var offset = _source[position..].IndexOfAny(_commentStops);
            if (offset < 0)
            {
                return _source.Length;
            }

            position += offset;
            if (_source[position] is (byte)'\n' or (byte)'\r')
            {
                return position;
            }

            position += ReadMultiByteCharacter(position, "Invalid character: ");
        }
    }

    /// <summary>
    /// Validates the UTF-8 sequence of one non-ASCII source character (spec 2.1.1
    /// SourceCharacter: any Unicode scalar value) and returns its length in bytes.
    /// </summary>
    private int ReadMultiByteCharacter(int position, string errorPrefix)
    {
        if (Rune.DecodeFromUtf8(_source[position..], out _, out var length) != OperationStatus.Done)
        {
            throw Error(position, errorPrefix + PrintCharacterAt(position) + ".");
        }

        _lineExtraBytes += length - 1;
        return length;
    }

    /// <summary>Name :: NameStart NameContinue* [lookahead != NameContinue] (spec 2.1.9).</summary>
    private void ReadName(int start)
    {
        var source = _source;
        var position = start + 1;
        while (position < source.Length && IsNameContinue(source[position]))
        {
            position++;
        }

        Kind = TokenKind.Name;
        End = position;
        _position = position;
    }

    /// <summary>
    /// IntValue :: IntegerPart [lookahead != {Digit, `.`, NameStart}] and
    /// FloatValue :: IntegerPart FractionalPart? ExponentPart? [lookahead != {Digit, `.`, NameStart}]
    /// (spec 2.9.1, 2.9.2). IntegerPart :: NegativeSign? 0 | NegativeSign? NonZeroDigit Digit*.
    /// </summary>
    private void ReadNumber(int start)
    {
        var position = start;
        var isFloat = false;
        var code = CodeAt(position);
        if (code == '-')
        {
            code = CodeAt(++position);
        }

        if (code == '0')
        {
            code = CodeAt(++position);
            if (IsDigit(code))
            {
                throw Error(position, "Invalid number, unexpected digit after 0: " + PrintCharacterAt(position) + ".");
            }
        }
        else
        {
            position = ReadDigits(position);
            code = CodeAt(position);
        }

        if (code == '.')
        {
            isFloat = true;
            position = ReadDigits(position + 1);
            code = CodeAt(position);
        }

        if (code is 'e' or 'E')
        {
            isFloat = true;
            code = CodeAt(++position);
            if (code is '+' or '-')
            {
                position++;
            }

            position = ReadDigits(position);
            code = CodeAt(position);
        }

        // Numbers cannot be followed by . or NameStart.
        if (code == '.' || IsNameStart(code))
        {
            throw Error(position, "Invalid number, expected digit but got: " + PrintCharacterAt(position) + ".");
        }

        Kind = isFloat ? TokenKind.Float : TokenKind.Int;
        End = position;
        _position = position;
    }

    private readonly int ReadDigits(int position)
    {
        if (!IsDigit(CodeAt(position)))
        {
            throw Error(position, "Invalid number, expected digit but got: " + PrintCharacterAt(position) + ".");
        }

        position++;
        while (IsDigit(CodeAt(position)))
        {
            position++;
        }

        return position;
    }

    private readonly int CodeAt(int position) => position < _source.Length ? _source[position] : -1;

    /// <summary>StringValue :: `"` StringCharacter* `"` (spec 2.9.4).</summary>
    private void ReadString(int start)
    {
        var source = _source;
        var position = start + 1;
        _hasEscapes = false;
        while (true)
        {
            var offset = source[position..].IndexOfAny(_stringStops);
            if (offset < 0)
            {
                throw Error(source.Length, "Unterminated string.");
            }

            position += offset;
            switch (source[position])
            {
                case (byte)'"':
                    Kind = TokenKind.String;
                    End = position + 1;
                    _position = End;
                    return;
                case (byte)'\\':
                    _hasEscapes = true;
                    position += ReadEscape(position, out _);
                    break;
                case (byte)'\n' or (byte)'\r':
                    throw Error(position, "Unterminated string.");
                default:
                    position += ReadMultiByteCharacter(position, "Invalid character within String: ");
                    break;
            }
        }
    }

    /// <summary>
    /// StringCharacter :: `\u` EscapedUnicode | `\` EscapedCharacter (spec 2.9.4): returns
    /// the escape's length in bytes and the code point it stands for.
    /// </summary>
    private readonly int ReadEscape(int position, out int codePoint)
    {
        switch (CodeAt(position + 1))
        {
            case '"': codePoint = '"'; return 2;
            case '\\': codePoint = '\\'; return 2;
            case '/': codePoint = '/'; return 2;
            case 'b': codePoint = '\b'; return 2;
            case 'f': codePoint = '\f'; return 2;
            case 'n': codePoint = '\n'; return 2;
            case 'r': codePoint = '\r'; return 2;
            case 't': codePoint = '\t'; return 2;
            case 'u' when CodeAt(position + 2) == '{':
                return ReadVariableWidthEscape(position, out codePoint);
            case 'u':
                return ReadFixedWidthEscape(position, out codePoint);
            default:
                throw Error(position, "Invalid character escape sequence: \"" + TextAt(position, 2) + "\".");
        }
    }

    /// <summary>EscapedUnicode :: { HexDigit+ } whose value is a Unicode scalar value (spec 2.9.4).</summary>
    private readonly int ReadVariableWidthEscape(int position, out int codePoint)
    {
        var point = 0;
        var size = 3;

        // Cannot be longer than 12 characters: \u{00000000}.
        while (size < 12)
        {
            var code = CodeAt(position + size++);
            if (code == '}')
            {
                // At least one digit (\u{0}), and a Unicode scalar value: surrogates are not.
                if (size < 5 || !IsScalarValue(point))
                {
                    break;
                }

                codePoint = point;
                return size;
            }

            point = (point << 4) | HexValue(code);
            if (point < 0)
            {
                break;
            }
        }

        throw Error(position, "Invalid Unicode escape sequence: \"" + TextAt(position, size) + "\".");
    }

    /// <summary>
    /// EscapedUnicode :: HexDigit HexDigit HexDigit HexDigit (spec 2.9.4): a Unicode scalar
    /// value, or a leading surrogate followed by an escaped trailing surrogate, the pair
    /// standing for one supplementary character. A lone surrogate is an error.
    /// </summary>
    private readonly int ReadFixedWidthEscape(int position, out int codePoint)
    {
        var code = Read16BitHex(position + 2);
        if (IsScalarValue(code))
        {
            codePoint = code;
            return 6;
        }

        if (IsLeadingSurrogate(code) && CodeAt(position + 6) == '\\' && CodeAt(position + 7) == 'u')
        {
            var trailing = Read16BitHex(position + 8);
            if (IsTrailingSurrogate(trailing))
            {
                codePoint = ((code - 0xD800) << 10) + (trailing - 0xDC00) + 0x10000;
                return 12;
            }
        }

        throw Error(position, "Invalid Unicode escape sequence: \"" + TextAt(position, 6) + "\".");
    }

    private readonly int Read16BitHex(int position) =>
        (HexValue(CodeAt(position)) << 12) | (HexValue(CodeAt(position + 1)) << 8) |
        (HexValue(CodeAt(position + 2)) << 4) | HexValue(CodeAt(position + 3));

    /// <summary>BlockString :: `"""` BlockStringCharacter* `"""` (spec 2.9.4).</summary>
    private void ReadBlockString(int start)
    {
        var source = _source;
        var position = start + 3;
        _hasEscapes = false;
        while (true)
        {
            var offset = source[position..].IndexOfAny(_stringStops);
            if (offset < 0)
            {
                throw Error(source.Length, "Unterminated string.");
            }

            position += offset;
            switch (source[position])
            {
                case (byte)'"':
                    if (CodeAt(position + 1) == '"' && CodeAt(position + 2) == '"')
                    {
                        Kind = TokenKind.BlockString;
                        End = position + 3;
                        _position = End;
                        return;
                    }

                    position++;
                    break;
                case (byte)'\\':
                    // \""" is the only escape of a block string; every other \ is itself.
                    if (CodeAt(position + 1) == '"' && CodeAt(position + 2) == '"' && CodeAt(position + 3) == '"')
                    {
                        _hasEscapes = true;
                        position += 4;
                    }
                    else
                    {
                        position++;
                    }

                    break;
                case (byte)'\n':
                    position++;
                    StartLine(position);
                    break;
                case (byte)'\r':
                    position += CodeAt(position + 1) == '\n' ? 2 : 1;
                    StartLine(position);
                    break;
                default:
                    position += ReadMultiByteCharacter(position, "Invalid character within String: ");
                    break;
            }
        }
    }

    private readonly string DecodeString()
    {
        var raw = RawValue;
        var offset = Start + 1;

        // Every escape is at least as long in UTF-8 as its value in UTF-16, and so is every
        // UTF-8 sequence, so the value never has more chars than the raw value has bytes.
        char[]? rented = null;
        var buffer = raw.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(raw.Length));
        try
        {
            var written = 0;
            var index = 0;
            while (index < raw.Length)
            {
                var backslash = raw[index..].IndexOf((byte)'\\');
                var chunkEnd = backslash < 0 ? raw.Length : index + backslash;
                written += Encoding.UTF8.GetChars(raw[index..chunkEnd], buffer[written..]);
                if (backslash < 0)
                {
                    break;
                }

                index = chunkEnd + ReadEscape(offset + chunkEnd, out var codePoint);
                written += new Rune(codePoint).EncodeToUtf16(buffer[written..]);
            }

            return new string(buffer[..written]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private readonly string DecodeBlockString()
    {
        var raw = RawValue;
        char[]? rented = null;
        var buffer = raw.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(raw.Length));
        try
        {
            var length = Encoding.UTF8.GetChars(raw, buffer);
            if (_hasEscapes)
            {
                length = UnescapeTripleQuotes(buffer[..length]);
            }

            return BlockString.Dedent(buffer[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Replaces each \""" by """ in place (spec 2.9.4 BlockStringCharacter); returns the new length.</summary>
    private static int UnescapeTripleQuotes(Span<char> text)
    {
        var written = 0;
        for (var read = 0; read < text.Length; read++)
        {
            if (text[read] == '\\' && read + 3 < text.Length && text[read + 1] == '"' && text[read + 2] == '"' && text[read + 3] == '"')
            {
                continue;
            }

            text[written++] = text[read];
        }

        return written;
    }

    private readonly GraphQLSyntaxError UnexpectedCharacter(int position)
    {
        var code = _source[position];
        if (code == '\'')
        {
            return Error(position, "Unexpected single quote character ('), did you mean to use a double quote (\")?");
        }

        if (code >= 0x80 && Rune.DecodeFromUtf8(_source[position..], out _, out _) != OperationStatus.Done)
        {
            return Error(position, "Invalid character: " + PrintCharacterAt(position) + ".");
        }

        return Error(position, "Unexpected character: " + PrintCharacterAt(position) + ".");
    }

    /// <summary>
    /// How graphql-js shows a character in a message: printable ASCII in quotes, others as
    /// U+XXXX, <c>&lt;EOF&gt;</c> past the end; bytes that are not UTF-8 as such.
    /// </summary>
    private readonly string PrintCharacterAt(int position)
    {
        if (position >= _source.Length)
        {
            return "<EOF>";
        }

        var code = _source[position];
        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : "\"" + (char)code + "\"";
        }

        if (code < 0x80)
        {
            return "U+" + code.ToString("X4", CultureInfo.InvariantCulture);
        }

        return Rune.DecodeFromUtf8(_source[position..], out var rune, out _) == OperationStatus.Done
            ? "U+" + rune.Value.ToString("X4", CultureInfo.InvariantCulture)
            : "byte 0x" + code.ToString("X2", CultureInfo.InvariantCulture) + " (not UTF-8)";
    }

    /// <summary>Up to <paramref name="characters"/> characters of the source from a byte offset, for messages.</summary>
    private readonly string TextAt(int position, int characters)
    {
        var end = position;
        for (var i = 0; i < characters && end < _source.Length; i++)
        {
            end += Rune.DecodeFromUtf8(_source[end..], out _, out var length) == OperationStatus.Done ? length : 1;
        }

        return Encoding.UTF8.GetString(_source[position..Math.Min(end, _source.Length)]);
    }

    /// <summary>A syntax error at a byte offset on the line being read.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly GraphQLSyntaxError Error(int position, string description) =>
        new(description, position, _line, position - _lineStart - _lineExtraBytes + 1);
}
