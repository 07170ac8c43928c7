using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Language;

/// <summary>
/// A recursive-descent parser of GraphQL documents (spec 2 Language, 3 Type System; October
/// 2021 edition) over the tokens of a <see cref="Lexer"/>. Each <c>Parse*</c> method
/// implements the grammar production its comment names; the methods are split by grammar
/// area: this file (documents, definitions, token helpers), <c>.Operations.cs</c>,
/// <c>.Values.cs</c>, <c>.Types.cs</c>, <c>.TypeDefinitions.cs</c>, <c>.Extensions.cs</c>.
/// <para>
/// Errors throw <see cref="GraphQLSyntaxError"/>; no source text makes it throw anything else.
/// </para>
/// </summary>
public ref partial struct Parser
{
    private readonly ParserOptions _options;
    private Lexer _lexer;
    private int _tokenCount;
    private int _depth;
    private int _lastTokenEnd;

    private Parser(ReadOnlySpan<byte> utf8, ParserOptions? options)
    {
        _options = options ?? ParserOptions.Default;
        _lexer = new Lexer(utf8);
    }

    private enum Goal
    {
        Document,
        Value,
        ConstValue,
        Type,
    }

    /// <summary>
    /// Parses a document (spec 2.2 Document). Locations are byte offsets into the text's
    /// UTF-8 encoding, with lines and columns as a GraphQL error reports them.
    /// </summary>
    public static DocumentNode Parse(string source, ParserOptions? options = null) =>
        (DocumentNode)ParseText(source, options, Goal.Document);

    /// <summary>Parses a document (spec 2.2 Document) from its UTF-8 bytes; locations are byte offsets into them.</summary>
    public static DocumentNode Parse(ReadOnlySpan<byte> utf8, ParserOptions? options = null) =>
        (DocumentNode)ParseUtf8(utf8, options, Goal.Document);

    /// <summary>Parses a value on its own, variables allowed (spec 2.9 Value[~Const]).</summary>
    public static ValueNode ParseValue(string source, ParserOptions? options = null) =>
        (ValueNode)ParseText(source, options, Goal.Value);

    /// <summary>Parses a value on its own, variables allowed (spec 2.9 Value[~Const]).</summary>
    public static ValueNode ParseValue(ReadOnlySpan<byte> utf8, ParserOptions? options = null) =>
        (ValueNode)ParseUtf8(utf8, options, Goal.Value);

    /// <summary>Parses a constant value, such as a default value (spec 2.9 Value[Const]).</summary>
    public static ValueNode ParseConstValue(string source, ParserOptions? options = null) =>
        (ValueNode)ParseText(source, options, Goal.ConstValue);

    /// <summary>Parses a constant value, such as a default value (spec 2.9 Value[Const]).</summary>
    public static ValueNode ParseConstValue(ReadOnlySpan<byte> utf8, ParserOptions? options = null) =>
        (ValueNode)ParseUtf8(utf8, options, Goal.ConstValue);

    /// <summary>Parses a type reference such as <c>[Mentor!]!</c> (spec 2.11 Type).</summary>
    public static TypeNode ParseType(string source, ParserOptions? options = null) =>
        (TypeNode)ParseText(source, options, Goal.Type);

    /// <summary>Parses a type reference such as <c>[Mentor!]!</c> (spec 2.11 Type).</summary>
    public static TypeNode ParseType(ReadOnlySpan<byte> utf8, ParserOptions? options = null) =>
        (TypeNode)ParseUtf8(utf8, options, Goal.Type);

    private static SyntaxNode ParseText(string source, ParserOptions? options, Goal goal)
    {
        ArgumentNullException.ThrowIfNull(source);

        // The AST keeps no reference to the bytes, so a pooled buffer serves.
        var byteCount = Encoding.UTF8.GetByteCount(source);
        var rented = ArrayPool<byte>.Shared.Rent(byteCount);
        try
        {
            var length = Encoding.UTF8.GetBytes(source, rented);
            return ParseUtf8(rented.AsSpan(0, length), options, goal);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static SyntaxNode ParseUtf8(ReadOnlySpan<byte> utf8, ParserOptions? options, Goal goal)
    {
        var parser = new Parser(utf8, options);
        if (goal == Goal.Document)
        {
            return parser.ParseDocument();
        }

        parser.Advance();
        SyntaxNode node = goal == Goal.Type
            ? parser.ParseTypeReference()
            : parser.ParseValueLiteral(isConst: goal == Goal.ConstValue);
        parser.Expect(TokenKind.EndOfFile);
        return node;
    }

    /// <summary>Document : Definition+ (spec 2.2).</summary>
    private DocumentNode ParseDocument()
    {
        var start = Begin();
        Advance();
        var definitions = new List<DefinitionNode>();
        do
        {
            definitions.Add(ParseDefinition());
        }
        while (_lexer.Kind != TokenKind.EndOfFile);

        return new DocumentNode(definitions) { Location = LocationFrom(start, _lexer.End) };
    }

    /// <summary>
    /// Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension (spec 2.2).
    /// Definitions with a description need one token of lookahead to tell which they are.
    /// </summary>
    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.LeftBrace))
        {
            return ParseOperationDefinition();
        }

        var hasDescription = PeekDescription();
        var keyword = _lexer;
        if (hasDescription)
        {
            keyword.MoveNext();
        }

        if (keyword.Kind == TokenKind.Name)
        {
            if (keyword.IsKeyword("type"u8))
            {
                return ParseObjectTypeDefinition();
            }

            if (keyword.IsKeyword("input"u8))
            {
                return ParseInputObjectTypeDefinition();
            }

            if (keyword.IsKeyword("enum"u8))
            {
                return ParseEnumTypeDefinition();
            }

            if (keyword.IsKeyword("interface"u8))
            {
                return ParseInterfaceTypeDefinition();
            }

            if (keyword.IsKeyword("scalar"u8))
            {
                return ParseScalarTypeDefinition();
            }

            if (keyword.IsKeyword("union"u8))
            {
                return ParseUnionTypeDefinition();
            }

            if (keyword.IsKeyword("directive"u8))
            {
                return ParseDirectiveDefinition();
            }

            if (keyword.IsKeyword("schema"u8))
            {
                return ParseSchemaDefinition();
            }

            // Descriptions are part of type system definitions only (spec 2.2, 3.2).
            if (hasDescription)
            {
                throw _lexer.ErrorAtToken("Unexpected description, descriptions are supported only on type definitions.");
            }

            if (keyword.IsKeyword("query"u8) || keyword.IsKeyword("mutation"u8) || keyword.IsKeyword("subscription"u8))
            {
                return ParseOperationDefinition();
            }

            if (keyword.IsKeyword("fragment"u8))
            {
                return ParseFragmentDefinition();
            }

            if (keyword.IsKeyword("extend"u8))
            {
                return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(keyword);
    }

    /// <summary>Name :: /[_A-Za-z][_0-9A-Za-z]*/ (spec 2.1.9).</summary>
    private NameNode ParseName()
    {
        if (_lexer.Kind != TokenKind.Name)
        {
            throw _lexer.ErrorAtToken("Expected Name, found " + _lexer.DescribeToken() + ".");
        }

        var start = Begin();
        var value = _lexer.GetString();
        Advance();
        return new NameNode(value) { Location = LocationFrom(start) };
    }

    /// <summary>Moves to the next token, counting it against <see cref="ParserOptions.MaxTokens"/>.</summary>
    private void Advance()
    {
        _lastTokenEnd = _lexer.End;
        if (_lexer.MoveNext() && ++_tokenCount > _options.MaxTokens)
        {
            throw _lexer.ErrorAtToken(
                "Document contains more than " + _options.MaxTokens + " tokens. Parsing aborted.",
                ErrorCodes.MaxTokensExceeded);
        }
    }

    private readonly bool Peek(TokenKind kind) => _lexer.Kind == kind;

    private readonly bool PeekDescription() => _lexer.Kind is TokenKind.String or TokenKind.BlockString;

    /// <summary>Consumes a token of the given kind, or fails with "Expected ..., found ...".</summary>
    private void Expect(TokenKind kind)
    {
        if (_lexer.Kind != kind)
        {
            throw _lexer.ErrorAtToken("Expected " + Lexer.DescribeKind(kind) + ", found " + _lexer.DescribeToken() + ".");
        }

        Advance();
    }

    /// <summary>Consumes a token of the given kind if it is the current one.</summary>
    private bool ExpectOptional(TokenKind kind)
    {
        if (_lexer.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    /// <summary>Consumes the name <paramref name="keyword"/>, or fails with "Expected "keyword", found ...".</summary>
    private void ExpectKeyword(ReadOnlySpan<byte> keyword)
    {
        if (!_lexer.IsKeyword(keyword))
        {
            throw _lexer.ErrorAtToken("Expected \"" + Encoding.UTF8.GetString(keyword) + "\", found " + _lexer.DescribeToken() + ".");
        }

        Advance();
    }

    /// <summary>Consumes the name <paramref name="keyword"/> if it is the current token.</summary>
    private bool ExpectOptionalKeyword(ReadOnlySpan<byte> keyword)
    {
        if (!_lexer.IsKeyword(keyword))
        {
            return false;
        }

        Advance();
        return true;
    }

    /// <summary>"Unexpected ..." at the current token.</summary>
    private readonly GraphQLSyntaxError Unexpected() => Unexpected(_lexer);

    private static GraphQLSyntaxError Unexpected(in Lexer token) =>
        token.ErrorAtToken("Unexpected " + token.DescribeToken() + ".");

    /// <summary>
    /// Enters one level of nesting (a selection set, a list or object value, a list type):
    /// fails past <see cref="ParserOptions.MaxDepth"/>, and before the stack would overflow.
    /// Every caller leaves with <c>_depth--</c>.
    /// </summary>
    private void EnterNesting()
    {
        if (++_depth > _options.MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw _lexer.ErrorAtToken(
                "Document nesting exceeds the maximum depth of " + _options.MaxDepth + ". Parsing aborted.",
                ErrorCodes.MaxParserDepthExceeded);
        }
    }

    /// <summary>Where the node about to be parsed starts: the current token.</summary>
    private readonly NodeStart Begin() => new(_lexer.Start, _lexer.Line, _lexer.Column);

    /// <summary>The location of a node from its start to the end of the last token consumed.</summary>
    private readonly Location? LocationFrom(NodeStart start) => LocationFrom(start, _lastTokenEnd);

    private readonly Location? LocationFrom(NodeStart start, int end) =>
        _options.NoLocations ? null : new Location(start.Position, end, start.Line, start.Column);

    private readonly record struct NodeStart(int Position, int Line, int Column);
}
