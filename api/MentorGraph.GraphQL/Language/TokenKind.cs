namespace MentorGraph.GraphQL.Language;

/// <summary>
/// The kinds of lexical token (spec 2.1.6 Lexical Tokens: Punctuator, Name, IntValue,
/// FloatValue, StringValue). Ignored tokens (spec 2.1.7: white space, line terminators,
/// comments, commas, the byte order mark) never reach the parser.
/// </summary>
public enum TokenKind
{
    StartOfFile,
    EndOfFile,
    Bang,
    Dollar,
    Ampersand,
    LeftParenthesis,
    RightParenthesis,
    Spread,
    Colon,
    Equals,
    At,
    LeftBracket,
    RightBracket,
    LeftBrace,
    Pipe,
    RightBrace,
    Name,
    Int,
    Float,
    String,
    BlockString,
}
