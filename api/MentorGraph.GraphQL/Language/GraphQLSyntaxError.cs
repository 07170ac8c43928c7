namespace MentorGraph.GraphQL.Language;

/// <summary>
/// A document that does not follow the grammar of spec sections 2 and 3, or that exceeds a
/// <see cref="ParserOptions"/> limit. The message reads like graphql-js's
/// (<c>Syntax Error: Expected Name, found "}".</c>) and the position is where the problem
/// was found. <see cref="ToGraphQLError"/> gives the error a response carries (spec 7.1.2).
/// </summary>
public sealed class GraphQLSyntaxError : Exception
{
    public GraphQLSyntaxError(string description, int position, int line, int column, string code = ErrorCodes.SyntaxError)
        : base("Syntax Error: " + description)
    {
        Description = description;
        Position = position;
        Line = line;
        Column = column;
        Code = code;
    }

    /// <summary>The message without its "Syntax Error: " prefix.</summary>
    public string Description { get; }

    /// <summary>The UTF-8 byte offset in the source where the error was found.</summary>
    public int Position { get; }

    /// <summary>The 1-based line of <see cref="Position"/>.</summary>
    public int Line { get; }

    /// <summary>The 1-based column of <see cref="Position"/>, counted in Unicode characters.</summary>
    public int Column { get; }

    /// <summary>
    /// <see cref="ErrorCodes.SyntaxError"/>, or <see cref="ErrorCodes.MaxTokensExceeded"/> /
    /// <see cref="ErrorCodes.MaxParserDepthExceeded"/> when a limit stopped the parser.
    /// </summary>
    public string Code { get; }

    /// <summary>The error as a GraphQL response reports it: message, location and <c>extensions.code</c>.</summary>
    public GraphQLError ToGraphQLError() =>
        new(Message, [new ErrorLocation(Line, Column)], extensions: new Dictionary<string, object?> { ["code"] = Code }, innerException: this);
}
