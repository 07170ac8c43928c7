using System.Text.Encodings.Web;
using System.Text.Json;
using MentorGraph.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace MentorGraph.GraphQL.AspNetCore;

/// <summary>
/// Writes GraphQL responses as UTF-8 JSON (GraphQL over HTTP, "JSON Encoding") straight into
/// the response body pipe: no intermediate string or byte array.
/// </summary>
internal static class GraphQLHttpResponseWriter
{
    private static readonly JsonWriterOptions _writerOptions = new()
    {
        // Escape only what JSON requires (RFC 8259 section 7): a reply in Arabic or Tigrinya
        // stays readable and small. The body is always served as JSON, never as HTML, so the
        // HTML-sensitive characters the default encoder also escapes need no escaping here.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    public static string ContentType(ResponseMediaType mediaType) => mediaType switch
    {
        ResponseMediaType.GraphQLResponseJson => GraphQLMediaTypes.GraphQLResponseJson + "; charset=utf-8",
        _ => GraphQLMediaTypes.Json + "; charset=utf-8",
    };

    public static Task WriteResultAsync(
        HttpResponse response,
        ExecutionResult result,
        ResponseMediaType mediaType,
        int statusCode,
        string? allow,
        CancellationToken cancellationToken)
    {
        response.StatusCode = statusCode;
        response.ContentType = ContentType(mediaType);

        // The representation depends on Accept: caches of GET responses must know that.
        response.Headers.Vary = HeaderNames.Accept;
        if (allow is not null)
        {
            response.Headers.Allow = allow;
        }

        using (var writer = new Utf8JsonWriter(response.BodyWriter, _writerOptions))
        {
            ExecutionResultJsonWriter.Write(writer, result);
        }

        return response.BodyWriter.FlushAsync(cancellationToken).AsTask();
    }

    /// <summary>Writes a transport refusal as a GraphQL-shaped body: <c>{"errors":[...]}</c>.</summary>
    public static Task WriteErrorAsync(
        HttpResponse response, HttpRequestError error, ResponseMediaType mediaType, CancellationToken cancellationToken)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = error.Code };
        var result = new ExecutionResult { Errors = [new GraphQLError(error.Message, extensions: extensions)] };
        return WriteResultAsync(response, result, mediaType, error.StatusCode, error.Allow, cancellationToken);
    }
}
