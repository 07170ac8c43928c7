using System.Globalization;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types.Scalars;

/// <summary>A double-precision finite number (spec 3.5.2 Float).</summary>
public sealed class FloatType : ScalarType
{
    public FloatType()
        : base("Float")
    {
        Description = "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).";
    }

    public override object Serialize(object value) => value switch
    {
        bool b => b ? 1.0 : 0.0,
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => Finite(d, value),
        _ => FromNumber(value) ?? throw new ValueCoercionException($"Float cannot represent non numeric value: {Describe.Value(value)}"),
    };

    public override object ParseValue(object value) => value switch
    {
        bool or string => throw new ValueCoercionException($"Float cannot represent non numeric value: {Describe.Value(value)}"),
        _ => FromNumber(value) ?? throw new ValueCoercionException($"Float cannot represent non numeric value: {Describe.Value(value)}"),
    };

    /// <remarks>Both Int and Float literals are accepted (spec 3.5.2 "Input Coercion").</remarks>
    public override object ParseLiteral(ValueNode literal) => literal switch
    {
        IntValueNode i => double.Parse(i.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        FloatValueNode f => Finite(double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture), f.Value),
        _ => throw new ValueCoercionException($"Float cannot represent non numeric value: {Describe.Literal(literal)}"),
    };

    public override ValueNode ToLiteral(object value)
    {
        var d = (double)Serialize(value);
        var text = d.ToString("R", CultureInfo.InvariantCulture);
        return Math.Truncate(d) == d && !text.Contains('E', StringComparison.Ordinal) ? new IntValueNode(text) : new FloatValueNode(text);
    }

    private static double? FromNumber(object value) => value switch
    {
        double d => Finite(d, value),
        float f => Finite(f, value),
        int i => i,
        long l => l,
        short s => s,
        byte b => b,
        uint ui => ui,
        ulong ul => ul,
        decimal m => (double)m,
        _ => null,
    };

    private static double Finite(double d, object original) =>
        double.IsFinite(d) ? d : throw new ValueCoercionException($"Float cannot represent non numeric value: {Describe.Value(original)}");
}
