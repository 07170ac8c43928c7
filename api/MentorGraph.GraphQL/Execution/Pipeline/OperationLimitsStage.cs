namespace MentorGraph.GraphQL.Execution;

/// <summary>Refuses an operation that exceeds a limit against abuse (depth, fields, aliases, cost); the verdict is cached with the operation.</summary>
internal sealed class OperationLimitsStage : IRequestStage
{
    public ValueTask InvokeAsync(RequestContext context)
    {
        if (context.Operation!.LimitErrors is { Count: > 0 } errors)
        {
            context.Result = ExecutionResult.FromRequestError(RequestErrorKind.LimitExceeded, errors);
        }

        return ValueTask.CompletedTask;
    }
}
