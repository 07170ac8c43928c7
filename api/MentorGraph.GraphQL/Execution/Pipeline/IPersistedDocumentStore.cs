namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// Where trusted (persisted) documents are kept, by id: the <c>documentId</c> of a request or
/// the <c>extensions.persistedQuery.sha256Hash</c> of Apollo's automatic persisted queries.
/// </summary>
public interface IPersistedDocumentStore
{
    /// <summary>The document text of the id (as sent, such as <c>sha256:&lt;hex&gt;</c> or a bare hash), or null when unknown.</summary>
    ValueTask<string?> TryGetDocumentAsync(string documentId, CancellationToken cancellationToken);
}
