using System.Collections.Concurrent;

namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// The DataLoaders of one request and their scheduler. Loaders only note that they have waiting
/// keys; the executor dispatches them all when it has done every piece of work it can do
/// without waiting, so that the loads of one level of the response share one batch.
/// </summary>
internal sealed class DataLoaderScope(Action wake, CancellationToken cancellationToken) : IBatchScheduler
{
    private readonly ConcurrentDictionary<string, object> _loaders = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private List<IDataLoader> _scheduled = [];
    private int _delivering;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public bool HasScheduled
    {
        get
        {
            lock (_gate)
            {
                return _scheduled.Count > 0;
            }
        }
    }

    public TLoader GetOrCreate<TLoader>(string key, Func<TLoader> create)
        where TLoader : class
    {
        if (_loaders.TryGetValue(key, out var existing))
        {
            return (TLoader)existing;
        }

        var created = create();
        if (created is IDataLoader loader)
        {
            loader.UseScheduler(this);
        }

        return (TLoader)_loaders.GetOrAdd(key, created);
    }

    public void Schedule(IDataLoader loader)
    {
        lock (_gate)
        {
            _scheduled.Add(loader);
        }

        wake();
    }

    /// <summary>
    /// Whether a batch is handing its results to the resolvers waiting for them. The executor
    /// does not dispatch meanwhile: the resolvers not yet resumed would put their loads into a
    /// batch of their own, so the number of batches would grow with the page size.
    /// </summary>
    public bool IsDelivering => Volatile.Read(ref _delivering) > 0;

    internal void DeliveryStarted() => Interlocked.Increment(ref _delivering);

    /// <summary>Ends a delivery and wakes the executor, which may now dispatch what it unblocked.</summary>
    internal void DeliveryEnded()
    {
        Interlocked.Decrement(ref _delivering);
        wake();
    }

    /// <summary>Dispatches every loader with waiting keys; returns whether there were any.</summary>
    public bool DispatchAll()
    {
        List<IDataLoader> scheduled;
        lock (_gate)
        {
            if (_scheduled.Count == 0)
            {
                return false;
            }

            scheduled = _scheduled;
            _scheduled = [];
        }

        foreach (var loader in scheduled)
        {
            loader.Dispatch();
        }

        return true;
    }
}
