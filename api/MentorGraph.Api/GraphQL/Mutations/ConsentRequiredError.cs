namespace MentorGraph.Api.GraphQL.Mutations;

/// <summary>The action uses personal data for a purpose the person has not consented to (or has withdrawn consent for).</summary>
public sealed record ConsentRequiredError(string Message, string Purpose) : DomainError(Message);
