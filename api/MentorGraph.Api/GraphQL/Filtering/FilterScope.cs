namespace MentorGraph.Api.GraphQL.Filtering;

/// <summary>
/// Bounds the work one <c>where</c> argument can cause: how deeply its combinators and nested
/// objects may nest and how many values an <c>in</c> list may hold. The engine's operation limits
/// bound selections, not input values, and every level here becomes SQL.
/// </summary>
internal sealed class FilterScope(int depth)
{
    public const int MaxDepth = 8;

    public const int MaxListValues = 500;

    public int Depth { get; } = depth;

    public FilterScope Nested()
    {
        if (Depth >= MaxDepth)
        {
            throw UserInputError.Create($"The filter nests more than {MaxDepth} levels deep.");
        }

        return new FilterScope(Depth + 1);
    }
}
