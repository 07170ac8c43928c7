namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// Outside the executor, dispatches a loader on the thread pool once the code that requested
/// the first key has yielded (the "next tick" of graphql-js's dataloader), so that keys
/// requested together in the meantime share a batch.
/// </summary>
public sealed class NextTickBatchScheduler : IBatchScheduler
{
    public static NextTickBatchScheduler Instance { get; } = new();

    public void Schedule(IDataLoader loader)
    {
        ArgumentNullException.ThrowIfNull(loader);
        ThreadPool.UnsafeQueueUserWorkItem(static state => state.Dispatch(), loader, preferLocal: false);
    }
}
