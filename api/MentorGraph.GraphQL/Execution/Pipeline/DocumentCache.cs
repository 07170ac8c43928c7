namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// A bounded least-recently-used cache of parsed documents keyed by the SHA-256 of their text,
/// so that a repeated operation skips parsing, validation and planning.
/// </summary>
internal sealed class DocumentCache(int capacity)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LinkedListNode<CachedDocument>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<CachedDocument> _recency = new();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    public bool TryGet(string hash, out CachedDocument document)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(hash, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                document = node.Value;
                return true;
            }
        }

        document = null!;
        return false;
    }

    public void Add(CachedDocument document)
    {
        if (capacity <= 0)
        {
            return;
        }

        lock (_gate)
        {
            if (_entries.ContainsKey(document.Hash))
            {
                return;
            }

            _entries[document.Hash] = _recency.AddFirst(document);
            while (_entries.Count > capacity)
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Hash);
            }
        }
    }
}
