using MentorGraph.GraphQL.Types;
using MentorGraph.GraphQL.Validation;

namespace MentorGraph.GraphQL.Execution;

/// <summary>Validates the document (spec 5) once; the verdict is cached with it.</summary>
internal sealed class ValidationStage(Schema schema, ValidationOptions validationOptions, RequestExecutorStatistics statistics) : IRequestStage
{
    public ValueTask InvokeAsync(RequestContext context)
    {
        var document = context.Document!;
        var errors = document.ValidationErrors;
        if (errors is null)
        {
            errors = DocumentValidator.Validate(schema, document.Document, validationOptions);
            statistics.Validated();
            document.ValidationErrors = errors;
        }

        if (errors.Count > 0)
        {
            context.Result = ExecutionResult.FromRequestError(RequestErrorKind.Validation, errors);
        }

        return ValueTask.CompletedTask;
    }
}
