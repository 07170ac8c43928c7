namespace MentorGraph.GraphQL.Execution;

/// <summary>Executes the compiled operation (spec 6.2).</summary>
internal sealed class ExecutionStage(OperationExecutor executor) : IRequestStage
{
    public async ValueTask InvokeAsync(RequestContext context) =>
        context.Result = await executor.ExecuteAsync(context.Operation!.Plan, context.Variables!, context.Request, context.CancellationToken).ConfigureAwait(false);
}
