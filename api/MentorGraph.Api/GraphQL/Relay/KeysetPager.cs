using System.Linq.Expressions;
using MentorGraph.Api.GraphQL.Sorting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace MentorGraph.Api.GraphQL.Relay;

/// <summary>
/// Cuts one page out of an ordered query (Relay spec, "Pagination algorithm") with keyset
/// conditions, so the database seeks to the cursor instead of counting rows up to an offset: one
/// SQL query for the page (with LIMIT n + 1, the extra row saying whether there is a next page) and,
/// only when selected, one COUNT. The two run one after the other: one DbContext allows one
/// operation at a time.
/// </summary>
internal static class KeysetPager
{
    public static async Task<Connection<T>> PageAsync<T>(
        IQueryable<T> query,
        IReadOnlyList<SortKey> keys,
        KeysetCursor cursors,
        ConnectionArguments arguments,
        ConnectionSelection selection,
        PagingOptions options,
        CancellationToken cancellationToken)
    {
        var after = arguments.After is null ? null : cursors.Decode(arguments.After, "after");
        var before = arguments.Before is null ? null : cursors.Decode(arguments.Before, "before");
        int? totalCount = selection.TotalCount ? await CountAsync(query, cancellationToken).ConfigureAwait(false) : null;
        if (!selection.Page)
        {
            return new Connection<T>([], new PageInfo(false, false, null, null), totalCount);
        }

        var reversed = keys.Select(key => key.Reversed()).ToList();
        if (after is not null)
        {
            query = query.Where(KeysetPredicate.After<T>(keys, after));
        }

        if (before is not null)
        {
            // Before the cursor in this order is after it in the reverse order.
            query = query.Where(KeysetPredicate.After<T>(reversed, before));
        }

        List<KeysetRow<T>> rows;
        bool hasNextPage;
        bool hasPreviousPage;
        if (arguments is { Last: int last, First: null })
        {
            rows = await FetchAsync(SortKey.Apply(query, reversed), keys, last + 1, cancellationToken).ConfigureAwait(false);
            hasPreviousPage = rows.Count > last;
            rows = rows.Take(last).Reverse().ToList();
            // The element at the before cursor follows this page (the spec lets a server answer this cheaply).
            hasNextPage = before is not null;
        }
        else
        {
            var first = arguments.First ?? options.DefaultPageSize;
            rows = await FetchAsync(SortKey.Apply(query, keys), keys, first + 1, cancellationToken).ConfigureAwait(false);
            hasNextPage = rows.Count > first;
            rows = rows.Take(first).ToList();
            hasPreviousPage = after is not null;
            if (arguments.Last is int lastOfFirst && rows.Count > lastOfFirst)
            {
                rows = rows.Skip(rows.Count - lastOfFirst).ToList();
                hasPreviousPage = true;
            }
        }

        var edges = rows.Select(row => new Edge<T>(cursors.Encode(row.Keys), row.Node)).ToList();
        return new Connection<T>(edges, new PageInfo(hasNextPage, hasPreviousPage, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor), totalCount);
    }

    private static async Task<List<KeysetRow<T>>> FetchAsync<T>(IQueryable<T> ordered, IReadOnlyList<SortKey> keys, int limit, CancellationToken cancellationToken)
    {
        var entity = Expression.Parameter(typeof(T), "entity");
        var row = Expression.MemberInit(
            Expression.New(typeof(KeysetRow<T>)),
            Expression.Bind(typeof(KeysetRow<T>).GetProperty(nameof(KeysetRow<T>.Node))!, entity),
            Expression.Bind(
                typeof(KeysetRow<T>).GetProperty(nameof(KeysetRow<T>.Keys))!,
                Expression.NewArrayInit(typeof(object), keys.Select(key => Expression.Convert(key.Selector.Apply(entity), typeof(object))))));
        var page = ordered.Select(Expression.Lambda<Func<T, KeysetRow<T>>>(row, entity)).Take(limit);
        return page.Provider is IAsyncQueryProvider
            ? await page.ToListAsync(cancellationToken).ConfigureAwait(false)
            : [.. page];
    }

    private static async Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        query.Provider is IAsyncQueryProvider
            ? await query.CountAsync(cancellationToken).ConfigureAwait(false)
            : query.Count();
}
