using MentorGraph.GraphQL.Execution;

namespace MentorGraph.GraphQL.Utilities;

/// <summary>Adapts plain functions to <see cref="FieldResolver"/>.</summary>
public static class FieldResolvers
{
    /// <summary>
    /// A resolver from a synchronous function. The result is returned as a completed
    /// <see cref="ValueTask{TResult}"/>, so the executor keeps it off the asynchronous path;
    /// if the function returns a task anyway (an easy slip with a lambda), it is awaited rather
    /// than handed to the client as an object.
    /// </summary>
    public static FieldResolver From(Func<IResolveFieldContext, object?> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        return context => Complete(resolve(context));
    }

    /// <summary>A resolver that returns a value of the parent object.</summary>
    public static FieldResolver From<TSource>(Func<TSource, object?> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        return context => Complete(resolve((TSource)context.Source!));
    }

    /// <summary>A resolver from the parent object and the context.</summary>
    public static FieldResolver From<TSource>(Func<TSource, IResolveFieldContext, object?> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        return context => Complete(resolve((TSource)context.Source!, context));
    }

    internal static ValueTask<object?> Complete(object? result) => result switch
    {
        ValueTask<object?> valueTask => valueTask,
        Task task => AwaitTask(task),
        _ => new ValueTask<object?>(result),
    };

    private static async ValueTask<object?> AwaitTask(Task task)
    {
        await task.ConfigureAwait(false);
        // An async method returning plain Task is a Task<VoidTaskResult> underneath: no value.
        var result = task.GetType().IsGenericType ? task.GetType().GetProperty(nameof(Task<object>.Result))!.GetValue(task) : null;
        return result?.GetType().FullName == "System.Threading.Tasks.VoidTaskResult" ? null : result;
    }
}
