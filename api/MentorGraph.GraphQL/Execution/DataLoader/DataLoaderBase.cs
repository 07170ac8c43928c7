namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// Batches and caches loads by key (the DataLoader pattern of graphql/dataloader and
/// HotChocolate's GreenDonut). Keys requested before the scheduler dispatches are fetched by one
/// batch call; a key requested twice is fetched once. A loader lives for one request, which is
/// what <see cref="IResolveFieldContext.GetDataLoader{TLoader}"/> gives resolvers.
/// </summary>
public abstract class DataLoaderBase<TKey, TValue> : IDataLoader
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly DataLoaderOptions _options;
    private readonly Dictionary<TKey, TaskCompletionSource<TValue>> _cache;
    private List<KeyValuePair<TKey, TaskCompletionSource<TValue>>> _waiting = [];
    private IBatchScheduler _scheduler = NextTickBatchScheduler.Instance;
    private DataLoaderScope? _scope;
    private CancellationToken _cancellationToken;
    private int _batchCount;

    protected DataLoaderBase(DataLoaderOptions? options = null, IEqualityComparer<TKey>? keyComparer = null)
    {
        _options = options ?? DataLoaderOptions.Default;
        _cache = new Dictionary<TKey, TaskCompletionSource<TValue>>(keyComparer);
    }

    /// <summary>How many batch calls this loader has made.</summary>
    public int BatchCount => Volatile.Read(ref _batchCount);

    /// <summary>Loads one key; the value arrives when the key's batch has been fetched.</summary>
    public Task<TValue> LoadAsync(TKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        bool first;
        TaskCompletionSource<TValue> completion;
        lock (_gate)
        {
            if (_options.CacheEnabled && _cache.TryGetValue(key, out var cached))
            {
                return cached.Task;
            }

            // Under the executor, a batch's results are handed to the waiting resolvers inline, so
            // that every resolver the batch unblocks has queued its completion (and its own loads)
            // before the delivery ends and the executor decides to dispatch the next batches.
            // Outside the executor, continuations run asynchronously, as graphql/dataloader's do.
            completion = new TaskCompletionSource<TValue>(
                _scope is null ? TaskCreationOptions.RunContinuationsAsynchronously : TaskCreationOptions.None);
            if (_options.CacheEnabled)
            {
                _cache[key] = completion;
            }

            _waiting.Add(new KeyValuePair<TKey, TaskCompletionSource<TValue>>(key, completion));
            first = _waiting.Count == 1;
        }

        if (first)
        {
            _scheduler.Schedule(this);
        }

        return completion.Task;
    }

    /// <summary>Loads several keys, in order.</summary>
    public Task<TValue[]> LoadAsync(IEnumerable<TKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return Task.WhenAll(keys.Select(LoadAsync));
    }

    /// <summary>Puts a value in the cache, unless the key is there already.</summary>
    public void Prime(TKey key, TValue value)
    {
        lock (_gate)
        {
            if (_options.CacheEnabled && !_cache.ContainsKey(key))
            {
                var completion = new TaskCompletionSource<TValue>(TaskCreationOptions.RunContinuationsAsynchronously);
                completion.SetResult(value);
                _cache[key] = completion;
            }
        }
    }

    /// <summary>Forgets a cached key, so that the next load fetches it again.</summary>
    public void Clear(TKey key)
    {
        lock (_gate)
        {
            _cache.Remove(key);
        }
    }

    public void UseScheduler(IBatchScheduler scheduler)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        _scheduler = scheduler;
        _scope = scheduler as DataLoaderScope;
        _cancellationToken = _scope?.CancellationToken ?? default;
    }

    public void Dispatch()
    {
        List<KeyValuePair<TKey, TaskCompletionSource<TValue>>> batch;
        lock (_gate)
        {
            if (_waiting.Count == 0)
            {
                return;
            }

            batch = _waiting;
            _waiting = [];
        }

        var size = _options.MaxBatchSize > 0 ? _options.MaxBatchSize : batch.Count;
        for (var start = 0; start < batch.Count; start += size)
        {
            var chunk = batch.GetRange(start, Math.Min(size, batch.Count - start));
            Interlocked.Increment(ref _batchCount);
            _ = FetchAsync(chunk);
        }
    }

    /// <summary>Fetches the values of a batch of distinct keys: one value per key, in the keys' order.</summary>
    protected abstract Task<IReadOnlyList<TValue>> FetchBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    private async Task FetchAsync(List<KeyValuePair<TKey, TaskCompletionSource<TValue>>> chunk)
    {
        var keys = new TKey[chunk.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = chunk[i].Key;
        }

        IReadOnlyList<TValue> values;
        try
        {
            values = await FetchBatchAsync(keys, _cancellationToken).ConfigureAwait(false);
            if (values.Count != keys.Length)
            {
                throw new InvalidOperationException($"The batch function of {GetType().Name} returned {values.Count} values for {keys.Length} keys.");
            }
        }
        catch (Exception exception)
        {
            lock (_gate)
            {
                // A failed key is fetched again next time rather than failing forever (graphql/dataloader).
                foreach (var (key, _) in chunk)
                {
                    _cache.Remove(key);
                }
            }

            _scope?.DeliveryStarted();
            try
            {
                foreach (var (_, completion) in chunk)
                {
                    completion.TrySetException(exception);
                }
            }
            finally
            {
                _scope?.DeliveryEnded();
            }

            return;
        }

        _scope?.DeliveryStarted();
        try
        {
            for (var i = 0; i < keys.Length; i++)
            {
                chunk[i].Value.TrySetResult(values[i]);
            }
        }
        finally
        {
            _scope?.DeliveryEnded();
        }
    }
}
