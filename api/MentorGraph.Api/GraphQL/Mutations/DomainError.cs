namespace MentorGraph.Api.GraphQL.Mutations;

/// <summary>
/// An expected failure of a mutation, returned in its payload's <c>errors</c> list as a typed
/// object implementing <c>interface Error { message: String! }</c>, so clients switch on
/// <c>__typename</c> instead of parsing messages. Failures the client could not have caused (a bug,
/// a dead database) stay GraphQL errors.
/// </summary>
public abstract record DomainError(string Message);
