namespace MentorGraph.Api.GraphQL.Relay;

/// <summary>
/// One page of a list (Relay spec, "Connection Types"). <see cref="TotalCount"/> is counted only
/// when the query selects it, and is null otherwise.
/// </summary>
public sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, int? TotalCount)
{
    public IEnumerable<T> Nodes => Edges.Select(edge => edge.Node);
}
