namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// A one-to-many DataLoader: the batch function returns every value of every key as a lookup
/// (such as the mentors of each organisation), and each key loads its group, empty if none.
/// </summary>
public sealed class GroupedDataLoader<TKey, TValue> : DataLoaderBase<TKey, IReadOnlyList<TValue>>
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> _fetch;

    public GroupedDataLoader(
        Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> fetch,
        DataLoaderOptions? options = null,
        IEqualityComparer<TKey>? keyComparer = null)
        : base(options, keyComparer)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        _fetch = fetch;
    }

    protected override async Task<IReadOnlyList<IReadOnlyList<TValue>>> FetchBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var found = await _fetch(keys, cancellationToken).ConfigureAwait(false);
        var groups = new IReadOnlyList<TValue>[keys.Count];
        for (var i = 0; i < groups.Length; i++)
        {
            groups[i] = found.Contains(keys[i]) ? [.. found[keys[i]]] : [];
        }

        return groups;
    }
}
