namespace MentorGraph.GraphQL.Validation.Limits;

/// <summary>
/// What an operation would make the server do, measured before execution: the deepest field
/// nesting, the field selections and aliases counted after fragment expansion, and the
/// estimated cost. Hosts may expose the cost in the response's extensions.
/// </summary>
public sealed record OperationMetrics(int Depth, long FieldCount, long AliasCount, double Cost)
{
    public static OperationMetrics Empty { get; } = new(0, 0, 0, 0);
}
