namespace MentorGraph.GraphQL.Execution;

/// <summary>Counters of the request pipeline's caches, for tests and diagnostics.</summary>
public sealed class RequestExecutorStatistics
{
    private long _documentCacheHits;
    private long _documentCacheMisses;
    private long _parses;
    private long _validations;
    private long _planCompilations;

    /// <summary>Requests whose document was found parsed (and validated) in the cache.</summary>
    public long DocumentCacheHits => Interlocked.Read(ref _documentCacheHits);

    public long DocumentCacheMisses => Interlocked.Read(ref _documentCacheMisses);

    public long Parses => Interlocked.Read(ref _parses);

    public long Validations => Interlocked.Read(ref _validations);

    /// <summary>Operations compiled into a plan (once per document and operation while cached).</summary>
    public long PlanCompilations => Interlocked.Read(ref _planCompilations);

    internal void DocumentCacheHit() => Interlocked.Increment(ref _documentCacheHits);

    internal void DocumentCacheMiss() => Interlocked.Increment(ref _documentCacheMisses);

    internal void Parsed() => Interlocked.Increment(ref _parses);

    internal void Validated() => Interlocked.Increment(ref _validations);

    internal void PlanCompiled() => Interlocked.Increment(ref _planCompilations);
}
