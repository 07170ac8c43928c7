namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// An auto-reset event the executor waits on while resolvers and DataLoader batches are in
/// flight: any completion sets it, and a set that finds no waiter is remembered.
/// </summary>
internal sealed class AsyncSignal
{
    private readonly Lock _gate = new();
    private TaskCompletionSource? _waiter;
    private bool _isSet;

    public void Set()
    {
        TaskCompletionSource? waiter;
        lock (_gate)
        {
            waiter = _waiter;
            _waiter = null;
            if (waiter is null)
            {
                _isSet = true;
            }
        }

        waiter?.TrySetResult();
    }

    public Task WaitAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_isSet)
            {
                _isSet = false;
                return Task.CompletedTask;
            }

            _waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return cancellationToken.CanBeCanceled ? _waiter.Task.WaitAsync(cancellationToken) : _waiter.Task;
        }
    }
}
