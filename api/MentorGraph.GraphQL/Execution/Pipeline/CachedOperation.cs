namespace MentorGraph.GraphQL.Execution;

/// <summary>One operation of a cached document: its plan and what the pipeline learnt of it once.</summary>
internal sealed record CachedOperation(OperationPlan Plan, bool UsesIntrospection, IReadOnlyList<GraphQLError> CustomLimitErrors)
{
    /// <summary>The built-in limits' verdict, kept when it cannot depend on variables (the operation has none).</summary>
    public IReadOnlyList<GraphQLError>? StaticLimitErrors { get; set; }
}
