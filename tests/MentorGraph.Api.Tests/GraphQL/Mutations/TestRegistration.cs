namespace MentorGraph.Api.Tests.GraphQL.Mutations;

public sealed record TestRegistration(string EventId, string Name);
