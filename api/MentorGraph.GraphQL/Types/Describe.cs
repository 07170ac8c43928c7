using System.Collections;
using System.Globalization;
using System.Text;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types;

/// <summary>
/// Short, caller-safe renderings of values and literals for coercion messages, in the style of
/// graphql-js's <c>inspect</c>: strings quoted, lists and objects abbreviated.
/// </summary>
public static class Describe
{
    public static string Value(object? value, int depth = 0) => value switch
    {
        null => "null",
        string s => Quote(s),
        bool b => b ? "true" : "false",
        double d => Number(d),
        float f => Number(f),
        IFormattable n when value.GetType().IsPrimitive || value is decimal => n.ToString(null, CultureInfo.InvariantCulture),
        IDictionary<string, object?> map => Object(map.Count, map, depth),
        IReadOnlyDictionary<string, object?> map => Object(map.Count, map, depth),
        IEnumerable list => depth > 1 ? "[Array]" : "[" + string.Join(", ", list.Cast<object?>().Take(10).Select(item => Value(item, depth + 1))) + "]",
        _ => "{}",
    };

    // inspect writes an empty object as {} and one nested too deep as [Object].
    private static string Object(int count, IEnumerable<KeyValuePair<string, object?>> map, int depth) =>
        count == 0 ? "{}"
        : depth > 1 ? "[Object]"
        : "{ " + string.Join(", ", map.Take(8).Select(kv => kv.Key + ": " + Value(kv.Value, depth + 1))) + (count > 8 ? ", ..." : string.Empty) + " }";

    /// <summary>A number as JavaScript writes it: 1e+21 and 1e-7, but 100000000000000000000 in full.</summary>
    private static string Number(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var exponentAt = text.IndexOf('E', StringComparison.Ordinal);
        if (exponentAt < 0 || double.IsInfinity(value))
        {
            return text;
        }

        var magnitude = Math.Abs(value);
        if (magnitude is < 1e21 and >= 1e-6)
        {
            return ((decimal)value).ToString(CultureInfo.InvariantCulture);
        }

        var exponent = int.Parse(text.AsSpan(exponentAt + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return text[..exponentAt] + "e" + (exponent < 0 ? "-" : "+") + Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
    }

    public static string Literal(ValueNode literal) => literal switch
    {
        NullValueNode => "null",
        IntValueNode i => i.Value,
        FloatValueNode f => f.Value,
        StringValueNode s => Quote(s.Value),
        BooleanValueNode b => b.Value ? "true" : "false",
        EnumValueNode e => e.Value,
        VariableNode v => "$" + v.Name.Value,
        ListValueNode l => "[" + string.Join(", ", l.Values.Select(Literal)) + "]",
        ObjectValueNode o => "{" + string.Join(", ", o.Fields.Select(f => f.Name.Value + ": " + Literal(f.Value))) + "}",
        _ => literal.Kind.ToString(),
    };

    /// <summary>A JSON-style quoted string.</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                default:
                    if (c < 0x20)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
