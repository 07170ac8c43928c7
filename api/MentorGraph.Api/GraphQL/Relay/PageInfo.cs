namespace MentorGraph.Api.GraphQL.Relay;

/// <summary>Where a page sits in its list (Relay spec, "PageInfo").</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
