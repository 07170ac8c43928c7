namespace MentorGraph.Api.Tests.GraphQL.Infrastructure;

/// <summary>Stored as a number in this order, so that "at least B2" is a comparison in SQL.</summary>
public enum TestLevel
{
    A1 = 1,
    A2 = 2,
    B1 = 3,
    B2 = 4,
    C1 = 5,
    C2 = 6,
}
