using System.Linq.Expressions;
using MentorGraph.Api.GraphQL.Filtering;
using MentorGraph.Api.GraphQL.Sorting;

namespace MentorGraph.Api.GraphQL.Relay;

/// <summary>
/// "Comes after this cursor in this order" as a WHERE clause over the order's keys k1..kn:
/// <c>k1 &gt; v1 OR (k1 = v1 AND k2 &gt; v2) OR ...</c>, with <c>&lt;</c> for descending keys. The
/// last key is the entity's unique key, so the order is total and no row is skipped or repeated.
/// Nulls follow <see cref="SortKey"/>'s explicit placement: first when ascending, last when descending.
/// </summary>
internal static class KeysetPredicate
{
    public static Expression<Func<T, bool>> After<T>(IReadOnlyList<SortKey> keys, IReadOnlyList<object?> values)
    {
        var entity = Expression.Parameter(typeof(T), "entity");
        var disjuncts = new List<Expression>();
        var equalities = new List<Expression>();
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i].Selector.Apply(entity);
            var strictly = StrictlyAfter(key, values[i], keys[i].Direction, keys[i].Selector.IsNullable);
            if (strictly is not ConstantExpression { Value: false })
            {
                disjuncts.Add(Predicates.AndAll([.. equalities, strictly]));
            }

            equalities.Add(values[i] is null
                ? Expression.Equal(key, Expression.Constant(null, key.Type))
                : Expression.Equal(key, QueryValue.Of(values[i], key.Type)));
        }

        return Expression.Lambda<Func<T, bool>>(Predicates.OrAll(disjuncts), entity);
    }

    private static Expression StrictlyAfter(Expression key, object? value, SortDirection direction, bool nullable)
    {
        var isNull = nullable ? Expression.Equal(key, Expression.Constant(null, key.Type)) : null;
        return (direction, value) switch
        {
            (SortDirection.Ascending, null) => Expression.Not(isNull!),
            (SortDirection.Ascending, _) => Compare(ExpressionType.GreaterThan, key, QueryValue.Of(value, key.Type)),
            (SortDirection.Descending, null) => Expression.Constant(false),
            (SortDirection.Descending, _) when isNull is not null => Expression.OrElse(Compare(ExpressionType.LessThan, key, QueryValue.Of(value, key.Type)), isNull),
            (SortDirection.Descending, _) => Compare(ExpressionType.LessThan, key, QueryValue.Of(value, key.Type)),
            _ => throw new InvalidOperationException($"Unknown direction {direction}."),
        };
    }

    /// <summary>
    /// Strings compare through <see cref="string.Compare(string, string)"/>, which EF translates to
    /// the column's <c>&gt;</c>, the same comparison its ORDER BY uses; enums compare as numbers.
    /// </summary>
    private static Expression Compare(ExpressionType comparison, Expression left, Expression right)
    {
        var type = Nullable.GetUnderlyingType(left.Type) ?? left.Type;
        if (type == typeof(string))
        {
            var compare = Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, left, right);
            return Expression.MakeBinary(comparison, compare, Expression.Constant(0));
        }

        if (type.IsEnum)
        {
            var number = Enum.GetUnderlyingType(type);
            var target = type == left.Type ? number : typeof(Nullable<>).MakeGenericType(number);
            return Expression.MakeBinary(comparison, Expression.Convert(left, target), Expression.Convert(right, target));
        }

        if (type == typeof(bool))
        {
            return Expression.MakeBinary(comparison, AsNumber(left), AsNumber(right));
        }

        return Expression.MakeBinary(comparison, left, right);
    }

    private static ConditionalExpression AsNumber(Expression boolean) =>
        Expression.Condition(Expression.Equal(boolean, Expression.Constant(true, boolean.Type)), Expression.Constant(1), Expression.Constant(0));
}
