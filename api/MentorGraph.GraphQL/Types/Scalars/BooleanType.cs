using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types.Scalars;

/// <summary>true or false (spec 3.5.4 Boolean).</summary>
public sealed class BooleanType : ScalarType
{
    public BooleanType()
        : base("Boolean")
    {
        Description = "The `Boolean` scalar type represents `true` or `false`.";
    }

    public override object Serialize(object value) => value switch
    {
        bool b => b,
        int i => i != 0,
        long l => l != 0,
        double d when double.IsFinite(d) => d != 0,
        _ => throw new ValueCoercionException($"Boolean cannot represent a non boolean value: {Describe.Value(value)}"),
    };

    public override object ParseValue(object value) =>
        value is bool b ? b : throw new ValueCoercionException($"Boolean cannot represent a non boolean value: {Describe.Value(value)}");

    public override object ParseLiteral(ValueNode literal) =>
        literal is BooleanValueNode b ? b.Value : throw new ValueCoercionException($"Boolean cannot represent a non boolean value: {Describe.Literal(literal)}");

    public override ValueNode ToLiteral(object value) => new BooleanValueNode((bool)Serialize(value));
}
