using System.Security.Cryptography;
using System.Text;
using MentorGraph.GraphQL.Language;

namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// Looks the document up in the cache by the SHA-256 of its text, and parses it on a miss with
/// the parser's limits (tokens, depth). A syntax error is a request error located in the text.
/// </summary>
internal sealed class DocumentStage(DocumentCache cache, ParserOptions parserOptions, RequestExecutorStatistics statistics) : IRequestStage
{
    public ValueTask InvokeAsync(RequestContext context)
    {
        var text = context.DocumentText!;
        var hash = Hash(text);
        if (cache.TryGet(hash, out var cached))
        {
            statistics.DocumentCacheHit();
            context.Document = cached;
            return ValueTask.CompletedTask;
        }

        statistics.DocumentCacheMiss();
        try
        {
            var document = Parser.Parse(text, parserOptions);
            statistics.Parsed();
            cached = new CachedDocument(hash, document);
        }
        catch (GraphQLSyntaxError error)
        {
            context.Fail(RequestErrorKind.Document, error.ToGraphQLError());
            return ValueTask.CompletedTask;
        }

        cache.Add(cached);
        context.Document = cached;
        return ValueTask.CompletedTask;
    }

    internal static string Hash(string text)
    {
        var maxBytes = Encoding.UTF8.GetMaxByteCount(text.Length);
        var bytes = maxBytes <= 4096 ? stackalloc byte[maxBytes] : new byte[maxBytes];
        var length = Encoding.UTF8.GetBytes(text, bytes);
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes[..length], digest);
        return Convert.ToHexStringLower(digest);
    }
}
