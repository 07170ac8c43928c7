using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.IO.Pipelines;
using System.Text.Json;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Utilities;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace MentorGraph.GraphQL.AspNetCore;

/// <summary>
/// Reads the GraphQL-over-HTTP request parameters (GraphQL over HTTP, "Request Parameters":
/// <c>query</c>, <c>operationName</c>, <c>variables</c>, <c>extensions</c>) from a GET query
/// string or a POST <c>application/json</c> body, refusing anything malformed with a 4xx.
/// The parameters come back as a <see cref="GraphQLRequest"/>; the endpoint adds the rest.
/// </summary>
internal static class GraphQLHttpRequestParser
{
    private const string QueryParameter = "query";
    private const string OperationNameParameter = "operationName";
    private const string VariablesParameter = "variables";
    private const string ExtensionsParameter = "extensions";

    // The persisted-documents appendix of GraphQL over HTTP sends an id instead of the query.
    private const string DocumentIdParameter = "documentId";

    // Apollo's automatic persisted queries send no query, only extensions.persistedQuery.
    private const string PersistedQueryExtension = "persistedQuery";

    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// GraphQL over HTTP, "GET": the parameters are query-string entries; <c>variables</c> and
    /// <c>extensions</c> are JSON text. An empty value counts as absent.
    /// </summary>
    public static ParsedHttpRequest ParseGet(IQueryCollection queryString)
    {
        string? query = null, operationName = null, documentId = null;
        Dictionary<string, object?>? variables = null, extensions = null;
        foreach (var (name, values) in queryString)
        {
            if (values.Count > 1 && IsParameter(name))
            {
                return HttpRequestError.BadRequest($"The '{name}' parameter must be given at most once.");
            }

            var value = values.ToString();
            if (value.Length == 0)
            {
                continue;
            }

            switch (name)
            {
                case QueryParameter:
                    query = value;
                    break;
                case OperationNameParameter:
                    operationName = value;
                    break;
                case DocumentIdParameter:
                    documentId = value;
                    break;
                case VariablesParameter:
                    if (!TryParseJsonMap(name, value, out variables, out var variablesError))
                    {
                        return variablesError;
                    }

                    break;
                case ExtensionsParameter:
                    if (!TryParseJsonMap(name, value, out extensions, out var extensionsError))
                    {
                        return extensionsError;
                    }

                    break;
                default:
                    // Other entries belong to someone else (cache busters, tracking): ignore them.
                    break;
            }
        }

        return Create(query, operationName, variables, extensions, documentId);
    }

    /// <summary>
    /// GraphQL over HTTP, "POST": the body is a JSON object in <c>application/json</c>, in UTF-8
    /// ("JSON Encoding"), no larger than <paramref name="maxBodySize"/> bytes.
    /// </summary>
    public static async ValueTask<ParsedHttpRequest> ParsePostAsync(
        HttpRequest request, long maxBodySize, CancellationToken cancellationToken)
    {
        if (CheckContentType(request) is { } contentTypeError)
        {
            return contentTypeError;
        }

        if (request.ContentLength > maxBodySize)
        {
            return HttpRequestError.PayloadTooLarge(maxBodySize);
        }

        // Let the server enforce the same limit while streaming (Kestrel's own default is 30 MB).
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = maxBodySize;
        }

        var reader = request.BodyReader;
        ReadResult read;
        try
        {
            while (true)
            {
                read = await reader.ReadAsync(cancellationToken);
                if (read.Buffer.Length > maxBodySize)
                {
                    reader.AdvanceTo(read.Buffer.End);
                    return HttpRequestError.PayloadTooLarge(maxBodySize);
                }

                if (read.IsCompleted || read.IsCanceled)
                {
                    break;
                }

                // Consume nothing, but ask for more: the whole body is parsed in one piece.
                reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
            }
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return HttpRequestError.PayloadTooLarge(maxBodySize);
        }
        catch (BadHttpRequestException exception)
        {
            // The server could not read the body (a broken chunked encoding, a slow client).
            return new HttpRequestError(
                exception.StatusCode, $"The request body could not be read: {exception.Message}", GraphQLHttpErrorCodes.BadRequest);
        }

        try
        {
            return ParseBody(read.Buffer);
        }
        finally
        {
            reader.AdvanceTo(read.Buffer.End);
        }
    }

    private static HttpRequestError? CheckContentType(HttpRequest request)
    {
        // GraphQL over HTTP, "POST": the request MUST say its media type; application/json is
        // the one every server supports, and JSON is UTF-8 ("JSON Encoding").
        if (string.IsNullOrEmpty(request.ContentType))
        {
            return HttpRequestError.UnsupportedMediaType(
                $"A POST request needs 'Content-Type: {GraphQLMediaTypes.Json}'; this one has no Content-Type.");
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            return HttpRequestError.UnsupportedMediaType(
                $"A POST request body must be '{GraphQLMediaTypes.Json}', not '{request.ContentType}'.");
        }

        if (contentType.Charset.HasValue && !ResponseMediaTypeNegotiator.IsUtf8(contentType.Charset))
        {
            return HttpRequestError.UnsupportedMediaType(
                $"A POST request body must be encoded in UTF-8, not '{contentType.Charset}'.");
        }

        // The body is read as it arrives: compressed bodies are not decoded here (RFC 9110 section 8.4).
        if (request.Headers.ContentEncoding is { Count: > 0 } encodings
            && !encodings.All(encoding => "identity".Equals(encoding?.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            return HttpRequestError.UnsupportedMediaType(
                $"A POST request body must not be content-encoded; this one is '{encodings}'.");
        }

        return null;
    }

    private static ParsedHttpRequest ParseBody(ReadOnlySequence<byte> body)
    {
        // RFC 8259 section 8.1: a parser MAY ignore a byte order mark; be lenient.
        if (body.Length >= 3 && body.Slice(0, 3).FirstSpan.SequenceEqual(Utf8ByteOrderMark))
        {
            body = body.Slice(3);
        }

        if (IsWhiteSpace(body))
        {
            return HttpRequestError.BadRequest("The request body is empty: send a JSON object with a 'query' string.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException exception)
        {
            return HttpRequestError.BadRequest($"The request body is not valid JSON: {exception.Message}");
        }

        using (document)
        {
            try
            {
                return ReadParameters(document.RootElement);
            }
            catch (InvalidOperationException)
            {
                // System.Text.Json decodes strings lazily and throws here on invalid UTF-8.
                return HttpRequestError.BadRequest("The request body is not valid UTF-8.");
            }
        }
    }

    private static ParsedHttpRequest ReadParameters(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return HttpRequestError.BadRequest(
                $"The request body must be a JSON object with a 'query' string, not {Describe(root.ValueKind)}.");
        }

        string? query = null, operationName = null, documentId = null;
        Dictionary<string, object?>? variables = null, extensions = null;
        foreach (var property in root.EnumerateObject())
        {
            var value = property.Value;
            switch (property.Name)
            {
                case QueryParameter:
                    if (!TryReadString(property, out query, out var queryError))
                    {
                        return queryError;
                    }

                    break;
                case OperationNameParameter:
                    if (!TryReadString(property, out operationName, out var operationNameError))
                    {
                        return operationNameError;
                    }

                    break;
                case DocumentIdParameter:
                    if (!TryReadString(property, out documentId, out var documentIdError))
                    {
                        return documentIdError;
                    }

                    break;
                case VariablesParameter:
                case ExtensionsParameter:
                    Dictionary<string, object?>? map = null;
                    if (value.ValueKind == JsonValueKind.Object)
                    {
                        map = JsonValues.FromObject(value);
                    }
                    else if (value.ValueKind != JsonValueKind.Null)
                    {
                        return NotAMap(property.Name, value.ValueKind);
                    }

                    if (property.Name == VariablesParameter)
                    {
                        variables = map;
                    }
                    else
                    {
                        extensions = map;
                    }

                    break;
                default:
                    break;
            }
        }

        return Create(query, operationName, variables, extensions, documentId);
    }

    private static ParsedHttpRequest Create(
        string? query,
        string? operationName,
        Dictionary<string, object?>? variables,
        Dictionary<string, object?>? extensions,
        string? documentId)
    {
        // GraphQL over HTTP, "Request Parameters": query is required, unless the document is
        // named some other way (a persisted document id, or Apollo's persistedQuery extension).
        if (query is null && documentId is null && extensions?.ContainsKey(PersistedQueryExtension) != true)
        {
            return HttpRequestError.BadRequest(
                "The request has no 'query' parameter: send the GraphQL document as a string in 'query'.");
        }

        return new GraphQLRequest
        {
            Query = query,
            OperationName = operationName,
            Variables = variables,
            Extensions = extensions,
            DocumentId = documentId,
        };
    }

    private static bool TryReadString(
        JsonProperty property, out string? value, [NotNullWhen(false)] out HttpRequestError? error)
    {
        switch (property.Value.ValueKind)
        {
            case JsonValueKind.String:
                value = property.Value.GetString();
                error = null;
                return true;
            case JsonValueKind.Null:
                value = null;
                error = null;
                return true;
            default:
                value = null;
                error = HttpRequestError.BadRequest(
                    $"The '{property.Name}' parameter must be a string, not {Describe(property.Value.ValueKind)}.");
                return false;
        }
    }

    private static bool TryParseJsonMap(
        string name, string json, out Dictionary<string, object?>? map, [NotNullWhen(false)] out HttpRequestError? error)
    {
        map = null;
        error = null;
        try
        {
            using var document = JsonDocument.Parse(json);
            switch (document.RootElement.ValueKind)
            {
                case JsonValueKind.Object:
                    map = JsonValues.FromObject(document.RootElement);
                    return true;
                case JsonValueKind.Null:
                    return true;
                default:
                    error = NotAMap(name, document.RootElement.ValueKind);
                    return false;
            }
        }
        catch (JsonException exception)
        {
            error = HttpRequestError.BadRequest($"The '{name}' parameter is not valid JSON: {exception.Message}");
            return false;
        }
    }

    private static HttpRequestError NotAMap(string name, JsonValueKind kind) =>
        HttpRequestError.BadRequest($"The '{name}' parameter must be a JSON object (a map), not {Describe(kind)}.");

    private static bool IsParameter(string name) => name is QueryParameter or OperationNameParameter
        or VariablesParameter or ExtensionsParameter or DocumentIdParameter;

    private static bool IsWhiteSpace(ReadOnlySequence<byte> body)
    {
        foreach (var segment in body)
        {
            foreach (var b in segment.Span)
            {
                // RFC 8259 section 2: the four JSON whitespace bytes.
                if (b is not ((byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r'))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => kind.ToString(),
    };
}
