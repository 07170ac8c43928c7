namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// A one-entry cache of the default resolver for one planned field: the CLR type last seen and
/// its compiled member reader. Most fields see one type, so the shared table is rarely consulted.
/// </summary>
internal sealed class MemberReaderCache
{
    private CacheEntry? _entry;

    public CacheEntry? Entry
    {
        get => Volatile.Read(ref _entry);
        set => Volatile.Write(ref _entry, value);
    }

    internal sealed record CacheEntry(Type Type, Func<object, object?> Read);
}
