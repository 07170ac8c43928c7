namespace MentorGraph.Api.GraphQL.Relay;

/// <summary>
/// An element of a page with its order's key values, projected by the same SQL query so that keys
/// read through references (an organisation's name) need no loading.
/// </summary>
internal sealed class KeysetRow<T>
{
    public required T Node { get; init; }

    public required object?[] Keys { get; init; }
}
