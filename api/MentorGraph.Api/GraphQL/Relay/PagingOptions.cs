namespace MentorGraph.Api.GraphQL.Relay;

/// <summary>Page sizes of a connection: the size when the client asks for none, and the most it may ask for.</summary>
public sealed record PagingOptions
{
    public static PagingOptions Default { get; } = new();

    public int DefaultPageSize { get; init; } = 50;

    public int MaxPageSize { get; init; } = 100;
}
