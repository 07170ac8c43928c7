using System.Runtime.CompilerServices;

namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// A field whose resolver returned an unfinished task. When the task ends it is queued for the
/// executor, which completes the value on its own loop, so the result tree is only ever written
/// by one thread at a time.
/// </summary>
internal sealed class PendingField(OperationExecution execution, FieldPlan field, ResolveFieldContext context, ResultMap parent, int index)
{
    private ConfiguredValueTaskAwaitable<object?>.ConfiguredValueTaskAwaiter _awaiter;

    public void Start(ValueTask<object?> task)
    {
        _awaiter = task.ConfigureAwait(false).GetAwaiter();
        _awaiter.UnsafeOnCompleted(OnCompleted);
    }

    /// <summary>Runs on the executor's loop: completes the value, unless its place in the response was nulled meanwhile.</summary>
    public void Complete()
    {
        object? value;
        try
        {
            value = _awaiter.GetResult();
        }
        catch (Exception exception)
        {
            if (!parent.IsDiscarded())
            {
                execution.HandleFieldError(exception, field, parent, index, field.Type);
            }

            return;
        }

        if (!parent.IsDiscarded())
        {
            execution.CompleteValue(field, context.Source, context, field.Type, value, parent, index);
        }
    }

    private void OnCompleted() => execution.Enqueue(this);
}
