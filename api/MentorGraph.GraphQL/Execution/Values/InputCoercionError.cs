namespace MentorGraph.GraphQL.Execution;

/// <summary>One problem found while coercing an external input value: where, what was there, and why it failed.</summary>
internal readonly record struct InputCoercionError(InputPath? Path, object? InvalidValue, string Message);
