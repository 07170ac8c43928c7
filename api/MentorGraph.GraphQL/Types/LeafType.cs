using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types;

/// <summary>
/// A scalar or enum: a type whose values are leaves of the response. Each coerces in three
/// directions (spec 3.5 Scalars, "Result Coercion and Serialization" and "Input Coercion"):
/// results on the way out, variable values and literals on the way in. A value that cannot be
/// coerced raises <see cref="ValueCoercionException"/> with a message fit for the caller.
/// </summary>
public abstract class LeafType(string name) : NamedType(name)
{
    /// <summary>Coerces a resolver's non-null result into a value the response can carry.</summary>
    public abstract object Serialize(object value);

    /// <summary>Coerces a non-null variable value (decoded JSON) into the internal value.</summary>
    public abstract object ParseValue(object value);

    /// <summary>Coerces a non-null literal (variables already substituted) into the internal value.</summary>
    public abstract object ParseLiteral(ValueNode literal);

    /// <summary>Turns an internal value back into a literal, for printing default values.</summary>
    public abstract ValueNode ToLiteral(object value);
}
