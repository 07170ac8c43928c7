namespace MentorGraph.GraphQL.Execution;

/// <summary>Which operation kinds a request may execute.</summary>
[Flags]
public enum AllowedOperations
{
    None = 0,
    Query = 1,
    Mutation = 2,
    Subscription = 4,
    All = Query | Mutation | Subscription,
}
