using System.Text.Json;

namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// Finds the document text: the request's query, or the trusted document named by
/// <c>documentId</c> or <c>extensions.persistedQuery.sha256Hash</c> (Apollo's automatic
/// persisted queries). An unknown id is refused with <see cref="ErrorCodes.PersistedDocumentNotFound"/>.
/// </summary>
internal sealed class PersistedDocumentStage(IPersistedDocumentStore? store) : IRequestStage
{
    public async ValueTask InvokeAsync(RequestContext context)
    {
        var request = context.Request;
        if (request.Query is not null)
        {
            context.DocumentText = request.Query;
            return;
        }

        var id = request.DocumentId ?? PersistedQueryHash(request.Extensions);
        if (id is null)
        {
            context.Fail(RequestErrorKind.Document, new GraphQLError("Must provide query string."));
            return;
        }

        var text = store is null ? null : await store.TryGetDocumentAsync(id, context.CancellationToken).ConfigureAwait(false);
        if (text is null)
        {
            context.Fail(RequestErrorKind.PersistedDocumentNotFound, GraphQLError.WithCode("PersistedQueryNotFound", ErrorCodes.PersistedDocumentNotFound));
            return;
        }

        context.DocumentText = text;
    }

    private static string? PersistedQueryHash(IReadOnlyDictionary<string, object?>? extensions)
    {
        if (extensions is null || !extensions.TryGetValue("persistedQuery", out var persistedQuery))
        {
            return null;
        }

        return DefaultFieldResolver.Resolve(persistedQuery, "sha256Hash") switch
        {
            string hash => hash,
            JsonElement { ValueKind: JsonValueKind.String } element => element.GetString(),
            _ => null,
        };
    }
}
