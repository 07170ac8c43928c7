using System.Linq.Expressions;
using MentorGraph.GraphQL.Types.Builders;

namespace MentorGraph.Api.GraphQL.Filtering;

/// <summary>
/// A field whose meaning is written by hand as a predicate: "offers any of these meeting formats"
/// (a bitwise test), "available in this time window". The predicate must still be one EF can translate.
/// </summary>
internal sealed class CustomFilterField<T, TValue>(string name, string? description, string type, Func<TValue, Expression<Func<T, bool>>> predicate)
    : FilterField(name, description)
{
    public override string InputTypeName { get; } = type;

    public override void AddTypes(SchemaBuilder builder)
    {
    }

    public override Expression Build(Expression entity, object value, FilterScope scope)
    {
        var lambda = predicate((TValue)value);
        return ParameterReplacer.Replace(lambda.Body, lambda.Parameters[0], entity);
    }
}
