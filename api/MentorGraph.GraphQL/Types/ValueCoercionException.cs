namespace MentorGraph.GraphQL.Types;

/// <summary>
/// A value could not be coerced to a type. The message is written for the caller (it says what
/// was expected and what was found) and never carries internal detail.
/// </summary>
public sealed class ValueCoercionException(string message) : Exception(message);
