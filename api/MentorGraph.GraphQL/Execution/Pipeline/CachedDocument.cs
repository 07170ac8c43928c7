using System.Collections.Concurrent;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Execution;

/// <summary>A parsed document, its validation verdict, and its compiled operations by name.</summary>
internal sealed class CachedDocument(string hash, DocumentNode document)
{
    public string Hash { get; } = hash;

    public DocumentNode Document { get; } = document;

    /// <summary>The validation errors, empty when valid; null until validated.</summary>
    public IReadOnlyList<GraphQLError>? ValidationErrors { get; set; }

    /// <summary>Compiled operations keyed by the requested operation name ("" when none was given).</summary>
    public ConcurrentDictionary<string, CachedOperation> Operations { get; } = new(StringComparer.Ordinal);
}
