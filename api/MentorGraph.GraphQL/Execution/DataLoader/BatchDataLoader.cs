namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// A one-to-one DataLoader: the batch function returns the values it found by key, and a key it
/// did not return loads as the default value (null).
/// </summary>
public sealed class BatchDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue?>
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _fetch;

    public BatchDataLoader(
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
        DataLoaderOptions? options = null,
        IEqualityComparer<TKey>? keyComparer = null)
        : base(options, keyComparer)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        _fetch = fetch;
    }

    protected override async Task<IReadOnlyList<TValue?>> FetchBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var found = await _fetch(keys, cancellationToken).ConfigureAwait(false);
        var values = new TValue?[keys.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = found.TryGetValue(keys[i], out var value) ? value : default;
        }

        return values;
    }
}
