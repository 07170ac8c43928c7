namespace MentorGraph.Api.GraphQL.Mutations;

/// <summary>The value behind a <c>VerbNounPayload</c>: the result (null on failure) and the errors (empty on success).</summary>
internal sealed record MutationPayload<T>(T? Value, IReadOnlyList<DomainError> Errors);
