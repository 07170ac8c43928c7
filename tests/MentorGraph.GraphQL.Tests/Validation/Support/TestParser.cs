using System.Text;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Tests.Validation.Support;

/// <summary>
/// A small parser for the documents these tests validate, recording locations as graphql-js
/// does (each node at its first token). It stands in until the Language parser is merged;
/// type system definitions are parsed only far enough to name them.
/// </summary>
internal sealed class TestParser
{
    private readonly string _source;
    private readonly List<Token> _tokens = [];
    private int _index;

    private TestParser(string source)
    {
        _source = source;
        Lex();
    }

    private enum TokenKind
    {
        Punctuator,
        Name,
        Int,
        Float,
        String,
        BlockString,
        End,
    }

    public static DocumentNode Parse(string source) => new TestParser(source).ParseDocument();

    private Token Current => _tokens[_index];

    private DocumentNode ParseDocument()
    {
        var start = Current;
        var definitions = new List<DefinitionNode>();
        while (Current.Kind != TokenKind.End)
        {
            definitions.Add(ParseDefinition());
        }

        return new DocumentNode(definitions) { Location = Loc(start) };
    }

    private DefinitionNode ParseDefinition()
    {
        var start = Current;
        if (Peek("{"))
        {
            return new OperationDefinitionNode(OperationType.Query, null, [], [], ParseSelectionSet()) { Location = Loc(start) };
        }

        var keyword = Current.Value;
        switch (keyword)
        {
            case "query":
            case "mutation":
            case "subscription":
                _index++;
                var operation = keyword == "query" ? OperationType.Query : keyword == "mutation" ? OperationType.Mutation : OperationType.Subscription;
                var name = Current.Kind == TokenKind.Name ? ParseName() : null;
                var variables = ParseVariableDefinitions();
                var directives = ParseDirectives();
                return new OperationDefinitionNode(operation, name, variables, directives, ParseSelectionSet()) { Location = Loc(start) };
            case "fragment":
                _index++;
                var fragmentName = ParseName();
                ExpectKeyword("on");
                var typeCondition = ParseNamedType();
                var fragmentDirectives = ParseDirectives();
                return new FragmentDefinitionNode(fragmentName, typeCondition, fragmentDirectives, ParseSelectionSet()) { Location = Loc(start) };
            default:
                return ParseTypeSystemDefinition(start);
        }
    }

    private DefinitionNode ParseTypeSystemDefinition(Token start)
    {
        var extend = Current.Value == "extend";
        if (extend)
        {
            _index++;
        }

        var keyword = Expect(TokenKind.Name).Value;
        NameNode? name = null;
        if (keyword == "directive")
        {
            Expect("@");
        }

        if (keyword != "schema")
        {
            name = ParseName();
        }

        // Skip the rest of the definition: everything up to and including a balanced {...} or the next definition.
        while (Current.Kind != TokenKind.End && !Peek("{") && !IsDefinitionStart())
        {
            if (Peek("("))
            {
                SkipBalanced("(", ")");
            }
            else
            {
                _index++;
            }
        }

        if (Peek("{"))
        {
            SkipBalanced("{", "}");
        }

        var location = Loc(start);
        if (keyword == "schema")
        {
            return extend ? new SchemaExtensionNode([], []) { Location = location } : new SchemaDefinitionNode(null, [], []) { Location = location };
        }

        return (keyword, extend) switch
        {
            ("type", false) => new ObjectTypeDefinitionNode(null, name!, [], [], []) { Location = location },
            ("type", true) => new ObjectTypeExtensionNode(name!, [], [], []) { Location = location },
            ("interface", false) => new InterfaceTypeDefinitionNode(null, name!, [], [], []) { Location = location },
            ("interface", true) => new InterfaceTypeExtensionNode(name!, [], [], []) { Location = location },
            ("input", false) => new InputObjectTypeDefinitionNode(null, name!, [], []) { Location = location },
            ("input", true) => new InputObjectTypeExtensionNode(name!, [], []) { Location = location },
            ("enum", false) => new EnumTypeDefinitionNode(null, name!, [], []) { Location = location },
            ("union", false) => new UnionTypeDefinitionNode(null, name!, [], []) { Location = location },
            ("scalar", false) => new ScalarTypeDefinitionNode(null, name!, []) { Location = location },
            ("directive", false) => new DirectiveDefinitionNode(null, name!, [], false, []) { Location = location },
            _ => throw new FormatException($"Unsupported definition \"{keyword}\" in test document."),
        };
    }

    private bool IsDefinitionStart() => Current.Kind == TokenKind.Name && Current.Value is "query" or "mutation" or "subscription" or "fragment" or "type" or "extend" or "schema" or "interface" or "input" or "enum" or "union" or "scalar" or "directive";

    private void SkipBalanced(string open, string close)
    {
        var depth = 0;
        do
        {
            if (Peek(open))
            {
                depth++;
            }
            else if (Peek(close))
            {
                depth--;
            }

            _index++;
        }
        while (depth > 0 && Current.Kind != TokenKind.End);
    }

    private List<VariableDefinitionNode> ParseVariableDefinitions()
    {
        var result = new List<VariableDefinitionNode>();
        if (!Peek("("))
        {
            return result;
        }

        _index++;
        while (!Peek(")"))
        {
            var start = Current;
            var variable = ParseVariable();
            Expect(":");
            var type = ParseTypeReference();
            ValueNode? defaultValue = null;
            if (Peek("="))
            {
                _index++;
                defaultValue = ParseValue(true);
            }

            result.Add(new VariableDefinitionNode(variable, type, defaultValue, ParseDirectives()) { Location = Loc(start) });
        }

        _index++;
        return result;
    }

    private TypeNode ParseTypeReference()
    {
        var start = Current;
        TypeNode type;
        if (Peek("["))
        {
            _index++;
            var item = ParseTypeReference();
            Expect("]");
            type = new ListTypeNode(item) { Location = Loc(start) };
        }
        else
        {
            type = ParseNamedType();
        }

        if (Peek("!"))
        {
            _index++;
            return new NonNullTypeNode(type) { Location = Loc(start) };
        }

        return type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var start = Current;
        return new NamedTypeNode(ParseName()) { Location = Loc(start) };
    }

    private SelectionSetNode ParseSelectionSet()
    {
        var start = Current;
        Expect("{");
        var selections = new List<SelectionNode>();
        while (!Peek("}"))
        {
            selections.Add(ParseSelection());
        }

        _index++;
        return new SelectionSetNode(selections) { Location = Loc(start) };
    }

    private SelectionNode ParseSelection()
    {
        var start = Current;
        if (Peek("..."))
        {
            _index++;
            if (Current.Kind == TokenKind.Name && Current.Value != "on")
            {
                var name = ParseName();
                return new FragmentSpreadNode(name, ParseDirectives()) { Location = Loc(start) };
            }

            NamedTypeNode? typeCondition = null;
            if (Current.Value == "on" && Current.Kind == TokenKind.Name)
            {
                _index++;
                typeCondition = ParseNamedType();
            }

            var directives = ParseDirectives();
            return new InlineFragmentNode(typeCondition, directives, ParseSelectionSet()) { Location = Loc(start) };
        }

        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var fieldName = nameOrAlias;
        if (Peek(":"))
        {
            _index++;
            alias = nameOrAlias;
            fieldName = ParseName();
        }

        var arguments = ParseArguments(false);
        var fieldDirectives = ParseDirectives();
        var selectionSet = Peek("{") ? ParseSelectionSet() : null;
        return new FieldNode(alias, fieldName, arguments, fieldDirectives, selectionSet) { Location = Loc(start) };
    }

    private List<ArgumentNode> ParseArguments(bool isConst)
    {
        var result = new List<ArgumentNode>();
        if (!Peek("("))
        {
            return result;
        }

        _index++;
        while (!Peek(")"))
        {
            var start = Current;
            var name = ParseName();
            Expect(":");
            result.Add(new ArgumentNode(name, ParseValue(isConst)) { Location = Loc(start) });
        }

        _index++;
        return result;
    }

    private List<DirectiveNode> ParseDirectives()
    {
        var result = new List<DirectiveNode>();
        while (Peek("@"))
        {
            var start = Current;
            _index++;
            var name = ParseName();
            result.Add(new DirectiveNode(name, ParseArguments(false)) { Location = Loc(start) });
        }

        return result;
    }

    private VariableNode ParseVariable()
    {
        var start = Current;
        Expect("$");
        return new VariableNode(ParseName()) { Location = Loc(start) };
    }

    private ValueNode ParseValue(bool isConst)
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Punctuator when token.Value == "$":
                return ParseVariable();
            case TokenKind.Punctuator when token.Value == "[":
                _index++;
                var values = new List<ValueNode>();
                while (!Peek("]"))
                {
                    values.Add(ParseValue(isConst));
                }

                _index++;
                return new ListValueNode(values) { Location = Loc(token) };
            case TokenKind.Punctuator when token.Value == "{":
                _index++;
                var fields = new List<ObjectFieldNode>();
                while (!Peek("}"))
                {
                    var fieldStart = Current;
                    var name = ParseName();
                    Expect(":");
                    fields.Add(new ObjectFieldNode(name, ParseValue(isConst)) { Location = Loc(fieldStart) });
                }

                _index++;
                return new ObjectValueNode(fields) { Location = Loc(token) };
            case TokenKind.Int:
                _index++;
                return new IntValueNode(token.Value) { Location = Loc(token) };
            case TokenKind.Float:
                _index++;
                return new FloatValueNode(token.Value) { Location = Loc(token) };
            case TokenKind.String:
            case TokenKind.BlockString:
                _index++;
                return new StringValueNode(token.Value, token.Kind == TokenKind.BlockString) { Location = Loc(token) };
            case TokenKind.Name:
                _index++;
                return token.Value switch
                {
                    "true" => new BooleanValueNode(true) { Location = Loc(token) },
                    "false" => new BooleanValueNode(false) { Location = Loc(token) },
                    "null" => new NullValueNode() { Location = Loc(token) },
                    _ => new EnumValueNode(token.Value) { Location = Loc(token) },
                };
            default:
                throw new FormatException($"Unexpected {token.Value} at {token.Line}:{token.Column}.");
        }
    }

    private NameNode ParseName()
    {
        var token = Expect(TokenKind.Name);
        return new NameNode(token.Value) { Location = Loc(token) };
    }

    private Token Expect(TokenKind kind)
    {
        var token = Current;
        if (token.Kind != kind)
        {
            throw new FormatException($"Expected {kind}, found \"{token.Value}\" at {token.Line}:{token.Column}.");
        }

        _index++;
        return token;
    }

    private void Expect(string punctuator)
    {
        if (!Peek(punctuator))
        {
            throw new FormatException($"Expected \"{punctuator}\", found \"{Current.Value}\" at {Current.Line}:{Current.Column}.");
        }

        _index++;
    }

    private void ExpectKeyword(string keyword)
    {
        if (Current.Kind != TokenKind.Name || Current.Value != keyword)
        {
            throw new FormatException($"Expected \"{keyword}\" at {Current.Line}:{Current.Column}.");
        }

        _index++;
    }

    private bool Peek(string punctuator) => Current.Kind == TokenKind.Punctuator && Current.Value == punctuator;

    private Location Loc(Token start) => new(start.Start, _index > 0 ? _tokens[_index - 1].End : start.End, start.Line, start.Column);

    private void Lex()
    {
        int position = 0, line = 1, lineStart = 0;
        while (true)
        {
            while (position < _source.Length)
            {
                var c = _source[position];
                if (c == '\n')
                {
                    position++;
                    line++;
                    lineStart = position;
                }
                else if (c == '\r')
                {
                    position++;
                    if (position < _source.Length && _source[position] == '\n')
                    {
                        position++;
                    }

                    line++;
                    lineStart = position;
                }
                else if (c is ' ' or '\t' or ',' or '\uFEFF')
                {
                    position++;
                }
                else if (c == '#')
                {
                    while (position < _source.Length && _source[position] is not '\n' and not '\r')
                    {
                        position++;
                    }
                }
                else
                {
                    break;
                }
            }

            var column = position - lineStart + 1;
            if (position >= _source.Length)
            {
                _tokens.Add(new Token(TokenKind.End, "<EOF>", position, position, line, column));
                return;
            }

            var start = position;
            var ch = _source[position];
            if (ch == '.' && position + 2 < _source.Length && _source[position + 1] == '.' && _source[position + 2] == '.')
            {
                position += 3;
                _tokens.Add(new Token(TokenKind.Punctuator, "...", start, position, line, column));
            }
            else if ("!$&()[]{}:=@|".Contains(ch, StringComparison.Ordinal))
            {
                position++;
                _tokens.Add(new Token(TokenKind.Punctuator, ch.ToString(), start, position, line, column));
            }
            else if (char.IsAsciiLetter(ch) || ch == '_')
            {
                while (position < _source.Length && (char.IsAsciiLetterOrDigit(_source[position]) || _source[position] == '_'))
                {
                    position++;
                }

                _tokens.Add(new Token(TokenKind.Name, _source[start..position], start, position, line, column));
            }
            else if (char.IsAsciiDigit(ch) || ch == '-')
            {
                position++;
                var isFloat = false;
                while (position < _source.Length && (char.IsAsciiDigit(_source[position]) || _source[position] is '.' or 'e' or 'E' or '+' or '-'))
                {
                    isFloat |= _source[position] is '.' or 'e' or 'E';
                    position++;
                }

                _tokens.Add(new Token(isFloat ? TokenKind.Float : TokenKind.Int, _source[start..position], start, position, line, column));
            }
            else if (ch == '"' && position + 2 < _source.Length && _source[position + 1] == '"' && _source[position + 2] == '"')
            {
                position += 3;
                var end = _source.IndexOf("\"\"\"", position, StringComparison.Ordinal);
                var raw = _source[position..end];
                position = end + 3;
                _tokens.Add(new Token(TokenKind.BlockString, raw.Trim(), start, position, line, column));
                foreach (var rc in raw)
                {
                    if (rc == '\n')
                    {
                        line++;
                    }
                }
            }
            else if (ch == '"')
            {
                position++;
                var builder = new StringBuilder();
                while (_source[position] != '"')
                {
                    if (_source[position] == '\\')
                    {
                        position++;
                        var escaped = _source[position];
                        builder.Append(escaped switch
                        {
                            'n' => '\n',
                            't' => '\t',
                            'r' => '\r',
                            'b' => '\b',
                            'f' => '\f',
                            'u' => (char)Convert.ToInt32(_source.Substring(position + 1, 4), 16),
                            _ => escaped,
                        });
                        if (escaped == 'u')
                        {
                            position += 4;
                        }
                    }
                    else
                    {
                        builder.Append(_source[position]);
                    }

                    position++;
                }

                position++;
                _tokens.Add(new Token(TokenKind.String, builder.ToString(), start, position, line, column));
            }
            else
            {
                throw new FormatException($"Unexpected character '{ch}' at {line}:{column}.");
            }
        }
    }

    private readonly record struct Token(TokenKind Kind, string Value, int Start, int End, int Line, int Column);
}
