using System.Globalization;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types.Scalars;

/// <summary>A unique identifier, serialised as a string (spec 3.5.5 ID).</summary>
public sealed class IdType : ScalarType
{
    public IdType()
        : base("ID")
    {
        Description = "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.";
    }

    public override object Serialize(object value) => value switch
    {
        string s => s,
        int or long or short or byte or uint or ulong => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        Guid g => g.ToString(),
        double d when Math.Truncate(d) == d && double.IsFinite(d) => d.ToString("F0", CultureInfo.InvariantCulture),
        _ => throw new ValueCoercionException($"ID cannot represent value: {Describe.Value(value)}"),
    };

    public override object ParseValue(object value) => value switch
    {
        string s => s,
        int or long => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        double d when Math.Truncate(d) == d && double.IsFinite(d) => d.ToString("F0", CultureInfo.InvariantCulture),
        _ => throw new ValueCoercionException($"ID cannot represent value: {Describe.Value(value)}"),
    };

    public override object ParseLiteral(ValueNode literal) => literal switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => throw new ValueCoercionException($"ID cannot represent a non-string and non-integer value: {Describe.Literal(literal)}"),
    };

    public override ValueNode ToLiteral(object value)
    {
        var id = (string)Serialize(value);
        return long.TryParse(id, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) && !id.StartsWith('+')
            ? new IntValueNode(id)
            : new StringValueNode(id, false);
    }
}
