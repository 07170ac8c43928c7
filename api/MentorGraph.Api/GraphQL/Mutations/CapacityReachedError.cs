namespace MentorGraph.Api.GraphQL.Mutations;

/// <summary>An event, opportunity or mentor is full: every seat or place of its capacity is taken.</summary>
public sealed record CapacityReachedError(string Message, int Capacity) : DomainError(Message);
