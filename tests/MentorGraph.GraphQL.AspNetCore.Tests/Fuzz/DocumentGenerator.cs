using System.Text;

namespace MentorGraph.GraphQL.AspNetCore.Tests.Fuzz;

/// <summary>
/// Makes documents for fuzzing from a seeded <see cref="Random"/>, so every run sees the same
/// ones: random token soup, random characters, documents built from the schema's names
/// (mostly well-formed, often invalid), and mutations of those.
/// </summary>
internal sealed class DocumentGenerator(int seed)
{
    private static readonly string[] _punctuators = ["{", "}", "(", ")", "[", "]", ":", "$", "@", "!", "=", "|", "&", "...", ","];
    private static readonly string[] _keywords = ["query", "mutation", "subscription", "fragment", "on", "true", "false", "null", "type", "schema", "extend", "input", "directive", "repeatable"];
    private static readonly string[] _literals = ["0", "-1", "42", "1.5", "1e3", "-0.0", "9999999999999999999999", "\"\"", "\"text\"", "\"\\u00e9\\n\"", "\"\"\"block\"\"\"", "\"\\uD83D\\uDE00\"", "\"unterminated", "\"\\x\"", "1.", "0x1F", ".5", "#comment\n", "\uFEFF", "\u00a0", "é", "\"🙂\""];

    private readonly Random _random = new(seed);

    public string Next()
    {
        return _random.Next(10) switch
        {
            0 => TokenSoup(),
            1 => RandomCharacters(),
            2 or 3 => Mutate(Operation()),
            _ => Operation(),
        };
    }

    /// <summary>Random JSON-like variable values, sometimes of the wrong shape.</summary>
    public Dictionary<string, object?>? Variables()
    {
        if (_random.Next(3) == 0)
        {
            return null;
        }

        var variables = new Dictionary<string, object?>();
        for (var i = _random.Next(4); i > 0; i--)
        {
            variables[Pick(["v", "text", "kind", "id", "first", "filter", "x", "key"])] = Value(3);
        }

        return variables;
    }

    private object? Value(int depth) => _random.Next(depth > 0 ? 9 : 6) switch
    {
        0 => null,
        1 => _random.Next(-5, 100),
        2 => _random.NextDouble() * 1e6,
        3 => Pick(["NGO", "UNIVERSITY", "text", "", "2025-05-01T09:30:00Z", "not a date"]),
        4 => _random.Next(2) == 0,
        5 => long.MaxValue,
        6 or 7 => Enumerable.Range(0, _random.Next(4)).Select(_ => Value(depth - 1)).ToList(),
        _ => ObjectValue(depth - 1),
    };

    private Dictionary<string, object?> ObjectValue(int depth)
    {
        var map = new Dictionary<string, object?>();
        for (var i = _random.Next(4); i > 0; i--)
        {
            map[Pick(["kind", "names", "nested", "id", "slug", "x"])] = Value(depth);
        }

        return map;
    }

    private string TokenSoup()
    {
        var text = new StringBuilder();
        for (var i = _random.Next(80); i > 0; i--)
        {
            text.Append(_random.Next(4) switch
            {
                0 => Pick(_punctuators),
                1 => Pick(_keywords),
                2 => Pick(_literals),
                _ => Pick(FuzzSchema.Names),
            }).Append(_random.Next(3) == 0 ? "\n" : " ");
        }

        return text.ToString();
    }

    private string RandomCharacters()
    {
        var text = new StringBuilder();
        for (var i = _random.Next(120); i > 0; i--)
        {
            text.Append(_random.Next(6) switch
            {
                0 => (char)_random.Next(0, 32),
                1 => (char)_random.Next(0xD800, 0xE000), // lone surrogates
                2 => (char)_random.Next(0x80, 0x3000),
                _ => (char)_random.Next(32, 127),
            });
        }

        return text.ToString();
    }

    /// <summary>A document of one or more operations and fragments over the schema's names.</summary>
    private string Operation()
    {
        var text = new StringBuilder();
        var operations = _random.Next(1, 3);
        for (var i = 0; i < operations; i++)
        {
            if (operations > 1 || _random.Next(2) == 0)
            {
                text.Append(Pick(["query", "query", "mutation", "subscription"])).Append(' ');
                if (_random.Next(4) > 0)
                {
                    text.Append("Op").Append(_random.Next(3)).Append(' ');
                }

                if (_random.Next(2) == 0)
                {
                    text.Append("($v: ").Append(Pick(["String", "Int!", "[Int!]", "Kind", "Filter", "Key!", "Boolean!", "Organization", "ID"]));
                    if (_random.Next(3) == 0)
                    {
                        text.Append(" = ").Append(Literal(2));
                    }

                    text.Append(')');
                }
            }

            SelectionSet(text, _random.Next(1, 7));
            text.Append('\n');
        }

        for (var i = _random.Next(3); i > 0; i--)
        {
            text.Append("fragment F").Append(_random.Next(3)).Append(" on ").Append(Pick(["Organization", "Event", "Node", "SearchResult", "Query", "Kind"])).Append(' ');
            SelectionSet(text, _random.Next(1, 5));
            text.Append('\n');
        }

        return text.ToString();
    }

    private void SelectionSet(StringBuilder text, int depth)
    {
        text.Append("{ ");
        for (var i = _random.Next(1, 5); i > 0; i--)
        {
            switch (_random.Next(10))
            {
                case 0:
                    text.Append("...F").Append(_random.Next(3)).Append(' ');
                    break;
                case 1:
                    text.Append("... on ").Append(Pick(["Organization", "Event", "Node", "Query"])).Append(' ');
                    SelectionSet(text, depth - 1);
                    break;
                default:
                    if (_random.Next(5) == 0)
                    {
                        text.Append(Pick(["a", "b", "name", "id"])).Append(": ");
                    }

                    text.Append(Pick(FuzzSchema.Names));
                    if (_random.Next(3) == 0)
                    {
                        text.Append('(').Append(Pick(["kind", "first", "filter", "slug", "text", "id", "key", "numbers", "at", "limit"])).Append(": ").Append(Literal(3)).Append(')');
                    }

                    if (_random.Next(6) == 0)
                    {
                        text.Append(Pick([" @skip(if: true)", " @include(if: $v)", " @include(if: false)", " @deprecated", " @unknown"]));
                    }

                    if (depth > 1 && _random.Next(2) == 0)
                    {
                        text.Append(' ');
                        SelectionSet(text, depth - 1);
                    }

                    break;
            }

            text.Append(' ');
        }

        text.Append('}');
    }

    private string Literal(int depth) => _random.Next(depth > 0 ? 10 : 7) switch
    {
        0 => "null",
        1 => _random.Next(-3, 20).ToString(System.Globalization.CultureInfo.InvariantCulture),
        2 => Pick(["1.5", "-0.25", "1e400", "3.0"]),
        3 => Pick(["\"x\"", "\"bridges-berlin\"", "\"2025-05-01T09:30:00Z\"", "\"\"\"block\"\"\""]),
        4 => Pick(["NGO", "UNIVERSITY", "CHARITY", "true", "false"]),
        5 => "$v",
        6 => "2147483648",
        7 or 8 => "[" + string.Join(", ", Enumerable.Range(0, _random.Next(4)).Select(_ => Literal(depth - 1))) + "]",
        _ => "{" + string.Join(", ", Enumerable.Range(0, _random.Next(4)).Select(_ => Pick(["kind", "names", "nested", "id", "slug"]) + ": " + Literal(depth - 1))) + "}",
    };

    /// <summary>Deletes, duplicates, swaps or inserts a few characters, or truncates.</summary>
    private string Mutate(string document)
    {
        var text = new StringBuilder(document);
        for (var i = _random.Next(1, 5); i > 0 && text.Length > 0; i--)
        {
            var at = _random.Next(text.Length);
            switch (_random.Next(5))
            {
                case 0:
                    text.Remove(at, Math.Min(text.Length - at, _random.Next(1, 8)));
                    break;
                case 1:
                    text.Insert(at, text.ToString(at, Math.Min(text.Length - at, _random.Next(1, 20))));
                    break;
                case 2:
                    text.Insert(at, Pick(_punctuators));
                    break;
                case 3:
                    text.Insert(at, Pick(_literals));
                    break;
                default:
                    text.Length = at;
                    break;
            }
        }

        return text.ToString();
    }

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
}
