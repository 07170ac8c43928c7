using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// Refuses an operation kind the transport does not allow, such as a mutation sent by GET
/// (GraphQL over HTTP, "GET"), with <see cref="ErrorCodes.OperationNotAllowed"/>.
/// </summary>
internal sealed class AllowedOperationsStage : IRequestStage
{
    public ValueTask InvokeAsync(RequestContext context)
    {
        var operation = context.Operation!.Plan.Operation;
        var kind = operation.Operation switch
        {
            OperationType.Mutation => AllowedOperations.Mutation,
            OperationType.Subscription => AllowedOperations.Subscription,
            _ => AllowedOperations.Query,
        };

        if ((context.Request.AllowedOperations & kind) == 0)
        {
            var name = operation.Operation.ToString().ToLowerInvariant();
            context.Fail(RequestErrorKind.OperationNotAllowed, GraphQLError.WithCode($"The {name} operation is not allowed for this request.", ErrorCodes.OperationNotAllowed, operation));
        }

        return ValueTask.CompletedTask;
    }
}
