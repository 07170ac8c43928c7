namespace MentorGraph.Api.GraphQL.Relay;

/// <summary>One element of a connection and the cursor that points at it (Relay spec, "Edge Types").</summary>
public sealed record Edge<T>(string Cursor, T Node);
