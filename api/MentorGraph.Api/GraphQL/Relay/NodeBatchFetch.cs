namespace MentorGraph.Api.GraphQL.Relay;

/// <summary>
/// Fetches the nodes of one type by key, all keys of a batch in one query (for EF:
/// <c>db.Mentors.Where(m => keys.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct)</c>).
/// A key that is not returned loads as null. <paramref name="services"/> are the request's.
/// </summary>
public delegate Task<IReadOnlyDictionary<TKey, TNode>> NodeBatchFetch<TKey, TNode>(
    IReadOnlyList<TKey> keys,
    IServiceProvider services,
    CancellationToken cancellationToken)
    where TKey : notnull;
