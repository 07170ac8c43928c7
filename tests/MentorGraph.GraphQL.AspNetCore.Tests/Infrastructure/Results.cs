using MentorGraph.GraphQL.Execution;

namespace MentorGraph.GraphQL.AspNetCore.Tests.Infrastructure;

/// <summary>Execution results of the shapes the engine produces.</summary>
internal static class Results
{
    public static ExecutionResult TypenameQuery { get; } = new()
    {
        HasData = true,
        Data = new Dictionary<string, object?> { ["__typename"] = "Query" },
    };

    public static ExecutionResult RequestError(RequestErrorKind kind, string code = ErrorCodes.ValidationFailed) =>
        ExecutionResult.FromRequestError(
            kind, [new GraphQLError("The request failed.", extensions: new Dictionary<string, object?> { ["code"] = code })]);

    public static ExecutionResult MutationNotAllowed { get; } = RequestError(
        RequestErrorKind.OperationNotAllowed, ErrorCodes.OperationNotAllowed);
}
