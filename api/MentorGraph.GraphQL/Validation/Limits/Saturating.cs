namespace MentorGraph.GraphQL.Validation.Limits;

/// <summary>Arithmetic on counts that stops at <see cref="long.MaxValue"/>: a hostile document's count is "too many", never negative.</summary>
internal static class Saturating
{
    public static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;
}
