using System.Collections.Concurrent;

namespace MentorGraph.Api.Tests.GraphQL.Infrastructure;

/// <summary>
/// The batch calls node loaders made, by type; and a gate that keeps them from using the one test
/// DbContext at the same time (loaders of different types dispatch together).
/// </summary>
public sealed class FetchLog
{
    private readonly ConcurrentQueue<(string Type, IReadOnlyList<object> Keys)> _batches = new();

    public SemaphoreSlim Gate { get; } = new(1, 1);

    public IReadOnlyList<(string Type, IReadOnlyList<object> Keys)> Batches => [.. _batches];

    public void Record<TKey>(string type, IReadOnlyList<TKey> keys)
        where TKey : notnull =>
        _batches.Enqueue((type, [.. keys.Cast<object>()]));
}
