namespace MentorGraph.GraphQL.Execution;

/// <summary>Spec 6.1.2 CoerceVariableValues; a failure is a request error, so no data is returned.</summary>
internal sealed class VariablesStage : IRequestStage
{
    public ValueTask InvokeAsync(RequestContext context)
    {
        var plan = context.Operation!.Plan;
        var variables = VariableValues.Coerce(plan.Schema, plan.Operation, context.Request.Variables, out var errors);
        if (variables is null)
        {
            context.Result = ExecutionResult.FromRequestError(RequestErrorKind.Variables, errors);
            return ValueTask.CompletedTask;
        }

        context.Variables = variables;
        return ValueTask.CompletedTask;
    }
}
