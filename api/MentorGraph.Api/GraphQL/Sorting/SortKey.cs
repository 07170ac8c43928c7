using System.Linq.Expressions;
using MentorGraph.Api.GraphQL.Filtering;

namespace MentorGraph.Api.GraphQL.Sorting;

/// <summary>
/// One key of a resolved order: a field of the entity and its direction. A key that can be null
/// sorts its nulls explicitly (first when ascending, last when descending), because providers
/// disagree by default (SQLite puts nulls first, PostgreSQL last) and keyset cursors must agree
/// with the order the database actually used.
/// </summary>
public sealed class SortKey
{
    internal SortKey(string name, MemberSelector selector, SortDirection direction)
    {
        Name = name;
        Selector = selector;
        Direction = direction;
    }

    public string Name { get; }

    public SortDirection Direction { get; }

    internal MemberSelector Selector { get; }

    internal SortKey Reversed() =>
        new(Name, Selector, Direction == SortDirection.Ascending ? SortDirection.Descending : SortDirection.Ascending);

    /// <summary>Orders a query by <paramref name="keys"/>, in order.</summary>
    internal static IOrderedQueryable<T> Apply<T>(IQueryable<T> query, IReadOnlyList<SortKey> keys)
    {
        if (keys.Count == 0)
        {
            throw new ArgumentException("An order needs at least one key.", nameof(keys));
        }

        var expression = query.Expression;
        var first = true;
        foreach (var key in keys)
        {
            var descending = key.Direction == SortDirection.Descending;
            if (key.Selector.IsNullable)
            {
                var isNotNull = Expression.Condition(
                    Expression.Equal(key.Selector.Body, Expression.Constant(null, key.Selector.Type)),
                    Expression.Constant(0),
                    Expression.Constant(1));
                expression = OrderBy(expression, typeof(T), Expression.Lambda(isNotNull, key.Selector.Parameter), first, descending);
                first = false;
            }

            expression = OrderBy(expression, typeof(T), Expression.Lambda(key.Selector.Body, key.Selector.Parameter), first, descending);
            first = false;
        }

        return (IOrderedQueryable<T>)query.Provider.CreateQuery<T>(expression);
    }

    private static MethodCallExpression OrderBy(Expression source, Type entityType, LambdaExpression key, bool first, bool descending)
    {
        var name = (first, descending) switch
        {
            (true, false) => nameof(Queryable.OrderBy),
            (true, true) => nameof(Queryable.OrderByDescending),
            (false, false) => nameof(Queryable.ThenBy),
            (false, true) => nameof(Queryable.ThenByDescending),
        };
        return Expression.Call(typeof(Queryable), name, [entityType, key.ReturnType], source, Expression.Quote(key));
    }
}
