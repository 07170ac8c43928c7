namespace MentorGraph.GraphQL.Execution;

/// <summary>How a DataLoader batches and caches.</summary>
public sealed record DataLoaderOptions
{
    public static DataLoaderOptions Default { get; } = new();

    /// <summary>The most keys one batch call receives; more keys make several calls. Zero means no limit.</summary>
    public int MaxBatchSize { get; init; }

    /// <summary>Whether a key loaded once in the loader's lifetime (a request) is answered from memory.</summary>
    public bool CacheEnabled { get; init; } = true;
}
