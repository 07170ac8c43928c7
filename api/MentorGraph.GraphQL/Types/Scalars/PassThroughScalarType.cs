using System.Collections;
using System.Globalization;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types.Scalars;

/// <summary>
/// A scalar declared in SDL without an implementation: values pass through unchanged, and
/// literals become plain values (numbers, strings, booleans, lists, dictionaries), as graphql-js
/// treats a scalar with no serialize or parse functions.
/// </summary>
public sealed class PassThroughScalarType(string name) : ScalarType(name)
{
    public override object Serialize(object value) => value;

    public override object ParseValue(object value) => value;

    public override object ParseLiteral(ValueNode literal) =>
        ValueFromLiteral(literal) ?? throw new ValueCoercionException($"{Name} cannot represent a null literal here.");

    public override ValueNode ToLiteral(object value) => LiteralFromValue(value);

    private static object? ValueFromLiteral(ValueNode literal) => literal switch
    {
        NullValueNode => null,
        IntValueNode i => long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? l : (object)double.Parse(i.Value, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        StringValueNode s => s.Value,
        BooleanValueNode b => b.Value,
        EnumValueNode e => e.Value,
        ListValueNode list => list.Values.Select(ValueFromLiteral).ToList(),
        ObjectValueNode obj => obj.Fields.ToDictionary(field => field.Name.Value, field => ValueFromLiteral(field.Value), StringComparer.Ordinal),
        _ => throw new ValueCoercionException($"Unexpected literal {Describe.Literal(literal)}."),
    };

    private static ValueNode LiteralFromValue(object? value) => value switch
    {
        null => new NullValueNode(),
        string s => new StringValueNode(s, false),
        bool b => new BooleanValueNode(b),
        int or long or short or byte or uint or ulong or sbyte or ushort => new IntValueNode(Convert.ToString(value, CultureInfo.InvariantCulture)!),
        double or float or decimal => FloatLiteral(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
        IDictionary<string, object?> map => new ObjectValueNode([.. map.Select(kv => new ObjectFieldNode(new NameNode(kv.Key), LiteralFromValue(kv.Value)))]),
        IEnumerable list => new ListValueNode([.. list.Cast<object?>().Select(LiteralFromValue)]),
        _ => new StringValueNode(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty, false),
    };

    private static ValueNode FloatLiteral(double d)
    {
        var text = d.ToString("R", CultureInfo.InvariantCulture);
        return Math.Truncate(d) == d && !text.Contains('E', StringComparison.Ordinal) ? new IntValueNode(text) : new FloatValueNode(text);
    }
}
