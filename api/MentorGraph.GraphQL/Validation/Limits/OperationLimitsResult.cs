namespace MentorGraph.GraphQL.Validation.Limits;

/// <summary>The metrics of an operation and the errors for each limit it exceeds.</summary>
public sealed record OperationLimitsResult(OperationMetrics Metrics, IReadOnlyList<GraphQLError> Errors)
{
    public bool IsAllowed => Errors.Count == 0;
}
