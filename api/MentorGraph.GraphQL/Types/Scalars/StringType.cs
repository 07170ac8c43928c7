using System.Globalization;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types.Scalars;

/// <summary>A UTF-8 character sequence (spec 3.5.3 String).</summary>
public sealed class StringType : ScalarType
{
    public StringType()
        : base("String")
    {
        Description = "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.";
    }

    public override object Serialize(object value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        char c => c.ToString(),
        int or long or short or byte or uint or ulong or decimal => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        double d when double.IsFinite(d) => d.ToString("R", CultureInfo.InvariantCulture),
        Enum e => e.ToString(),
        Guid g => g.ToString(),
        Uri u => u.OriginalString,
        _ => throw new ValueCoercionException($"String cannot represent value: {Describe.Value(value)}"),
    };

    public override object ParseValue(object value) =>
        value as string ?? throw new ValueCoercionException($"String cannot represent a non string value: {Describe.Value(value)}");

    public override object ParseLiteral(ValueNode literal) =>
        literal is StringValueNode s ? s.Value : throw new ValueCoercionException($"String cannot represent a non string value: {Describe.Literal(literal)}");

    public override ValueNode ToLiteral(object value) => new StringValueNode((string)Serialize(value), false);
}
