using System.Linq.Expressions;
using System.Reflection;

namespace MentorGraph.Api.GraphQL.Filtering;

/// <summary>
/// A property path of an entity given as a lambda (<c>m =&gt; m.Organisation.Name</c>), with its real
/// type (the boxing conversion of an <c>object</c>-typed lambda removed) and whether it can be null
/// (a nullable value type, or a reference whose declaration says <c>?</c>), so filters and orders
/// can handle null explicitly.
/// </summary>
internal sealed record MemberSelector(ParameterExpression Parameter, Expression Body, bool IsNullable)
{
    private static readonly NullabilityInfoContext _nullability = new();

    public Type Type => Body.Type;

    public static MemberSelector From(LambdaExpression selector)
    {
        ArgumentNullException.ThrowIfNull(selector);
        if (selector.Parameters.Count != 1)
        {
            throw new ArgumentException("A selector takes exactly one parameter, the entity.", nameof(selector));
        }

        var body = selector.Body;
        while (body is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } conversion)
        {
            body = conversion.Operand;
        }

        return new MemberSelector(selector.Parameters[0], body, CanBeNull(body));
    }

    /// <summary>The selected value of <paramref name="entity"/>: the body with the parameter replaced.</summary>
    public Expression Apply(Expression entity) => ParameterReplacer.Replace(Body, Parameter, entity);

    private static bool CanBeNull(Expression body)
    {
        if (body.Type.IsValueType)
        {
            return Nullable.GetUnderlyingType(body.Type) is not null;
        }

        return body switch
        {
            MemberExpression { Member: PropertyInfo property } member => OwnerCanBeNull(member.Expression) || _nullability.Create(property).ReadState != NullabilityState.NotNull,
            MemberExpression { Member: FieldInfo field } member => OwnerCanBeNull(member.Expression) || _nullability.Create(field).ReadState != NullabilityState.NotNull,
            ParameterExpression => false,
            _ => true,
        };
    }

    private static bool OwnerCanBeNull(Expression? owner) =>
        owner is not null and not ParameterExpression && !owner.Type.IsValueType && CanBeNull(owner);
}
