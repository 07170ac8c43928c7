namespace MentorGraph.Api.GraphQL.Sorting;

/// <summary>The direction of one key of an order; <c>ASC</c> and <c>DESC</c> in the schema.</summary>
public enum SortDirection
{
    Ascending,
    Descending,
}
