using System.Globalization;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types.Scalars;

/// <summary>A signed 32-bit integer (spec 3.5.1 Int).</summary>
public sealed class IntType : ScalarType
{
    public IntType()
        : base("Int")
    {
        Description = "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.";
    }

    /// <remarks>Result coercion accepts whole numbers in range, booleans and numeric strings, as graphql-js does.</remarks>
    public override object Serialize(object value) => value switch
    {
        int i => i,
        bool b => b ? 1 : 0,
        string s when long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) => InRange(parsed, value),
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => FromDouble(d, value),
        _ => FromNumber(value) ?? throw new ValueCoercionException($"Int cannot represent non-integer value: {Describe.Value(value)}"),
    };

    /// <remarks>Input coercion accepts only whole numbers in range (spec 3.5.1 "Input Coercion").</remarks>
    public override object ParseValue(object value) => value switch
    {
        int i => i,
        bool or string => throw new ValueCoercionException($"Int cannot represent non-integer value: {Describe.Value(value)}"),
        _ => FromNumber(value) ?? throw new ValueCoercionException($"Int cannot represent non-integer value: {Describe.Value(value)}"),
    };

    public override object ParseLiteral(ValueNode literal)
    {
        if (literal is not IntValueNode intValue)
        {
            throw new ValueCoercionException($"Int cannot represent non-integer value: {Describe.Literal(literal)}");
        }

        if (!int.TryParse(intValue.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result))
        {
            throw new ValueCoercionException($"Int cannot represent non 32-bit signed integer value: {intValue.Value}");
        }

        return result;
    }

    public override ValueNode ToLiteral(object value) =>
        new IntValueNode(Convert.ToInt64(Serialize(value), CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));

    private static int? FromNumber(object value) => value switch
    {
        long l => InRange(l, value),
        short s => s,
        byte b => b,
        sbyte sb => sb,
        ushort us => us,
        uint ui => InRange(ui, value),
        ulong ul when ul <= int.MaxValue => (int)ul,
        ulong => throw OutOfRange(value),
        double d => FromDouble(d, value),
        float f => FromDouble(f, value),
        decimal m when decimal.Truncate(m) == m => m is >= int.MinValue and <= int.MaxValue ? (int)m : throw OutOfRange(value),
        _ => null,
    };

    private static int FromDouble(double d, object original)
    {
        if (double.IsNaN(d) || double.IsInfinity(d) || Math.Truncate(d) != d)
        {
            throw new ValueCoercionException($"Int cannot represent non-integer value: {Describe.Value(original)}");
        }

        return d is >= int.MinValue and <= int.MaxValue ? (int)d : throw OutOfRange(original);
    }

    private static int InRange(long value, object original) =>
        value is >= int.MinValue and <= int.MaxValue ? (int)value : throw OutOfRange(original);

    private static ValueCoercionException OutOfRange(object value) =>
        new($"Int cannot represent non 32-bit signed integer value: {Describe.Value(value)}");
}
