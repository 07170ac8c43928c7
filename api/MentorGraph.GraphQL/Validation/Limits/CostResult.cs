namespace MentorGraph.GraphQL.Validation.Limits;

/// <summary>An operation's estimated cost, and errors for misuse of slicing arguments that <c>@listSize</c> requires.</summary>
public sealed record CostResult(double Cost, IReadOnlyList<GraphQLError> Errors);
