using MentorGraph.GraphQL.Validation.Limits;

namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// Refuses an operation that exceeds a limit against abuse: depth, fields, aliases and cost
/// (<see cref="OperationLimitsAnalyzer"/>), and any custom analyzer. Cost may depend on the
/// variables that slicing arguments use, so the verdict is cached with the operation only when
/// it has no variables.
/// </summary>
internal sealed class OperationLimitsStage(OperationLimits? limits) : IRequestStage
{
    public ValueTask InvokeAsync(RequestContext context)
    {
        var operation = context.Operation!;
        if (operation.CustomLimitErrors.Count > 0)
        {
            context.Result = ExecutionResult.FromRequestError(RequestErrorKind.LimitExceeded, operation.CustomLimitErrors);
            return ValueTask.CompletedTask;
        }

        if (limits is null)
        {
            return ValueTask.CompletedTask;
        }

        var errors = operation.StaticLimitErrors;
        if (errors is null)
        {
            var plan = operation.Plan;
            errors = OperationLimitsAnalyzer.Analyze(plan.Schema, plan.Document, plan.Operation.Name?.Value, context.Variables, limits).Errors;
            if (plan.Operation.VariableDefinitions.Count == 0)
            {
                operation.StaticLimitErrors = errors;
            }
        }

        if (errors.Count > 0)
        {
            context.Result = ExecutionResult.FromRequestError(RequestErrorKind.LimitExceeded, errors);
        }

        return ValueTask.CompletedTask;
    }
}
