using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// Spec 6.1.1 GetOperation: picks the operation by name, or the only one. The chosen operation
/// is compiled into a plan once and cached with the document, along with what later stages
/// need to know of it (whether it introspects, which limits it exceeds).
/// </summary>
internal sealed class OperationStage(Schema schema, OperationLimitsCheck customLimits, RequestExecutorStatistics statistics) : IRequestStage
{
    public ValueTask InvokeAsync(RequestContext context)
    {
        var document = context.Document!;
        var name = context.Request.OperationName;
        var key = name ?? string.Empty;
        if (document.Operations.TryGetValue(key, out var cached))
        {
            context.Operation = cached;
            return ValueTask.CompletedTask;
        }

        OperationDefinitionNode? operation = null;
        foreach (var definition in document.Document.Definitions)
        {
            if (definition is not OperationDefinitionNode candidate)
            {
                continue;
            }

            if (name is null)
            {
                if (operation is not null)
                {
                    context.Fail(RequestErrorKind.OperationSelection, GraphQLError.WithCode("Must provide operation name if query contains multiple operations.", ErrorCodes.OperationNameRequired));
                    return ValueTask.CompletedTask;
                }

                operation = candidate;
            }
            else if (candidate.Name?.Value == name)
            {
                operation = candidate;
                break;
            }
        }

        if (operation is null)
        {
            context.Fail(
                RequestErrorKind.OperationSelection,
                name is null
                    ? GraphQLError.WithCode("Must provide an operation.", ErrorCodes.OperationNotFound)
                    : GraphQLError.WithCode($"Unknown operation named \"{name}\".", ErrorCodes.OperationNotFound));
            return ValueTask.CompletedTask;
        }

        var plan = new OperationPlan(schema, document.Document, operation);
        statistics.PlanCompiled();
        cached = new CachedOperation(plan, IntrospectionStage.SelectsIntrospection(plan), customLimits.Check(plan));
        context.Operation = document.Operations.GetOrAdd(key, cached);
        return ValueTask.CompletedTask;
    }
}
