using Microsoft.AspNetCore.Http;

namespace MentorGraph.GraphQL.AspNetCore;

/// <summary>
/// A refusal by the HTTP transport before the request reaches the engine: the status code, a
/// message for the developer, the <c>extensions.code</c>, and for 405 the <c>Allow</c> header.
/// </summary>
internal sealed record HttpRequestError(int StatusCode, string Message, string Code, string? Allow = null)
{
    public static HttpRequestError BadRequest(string message) =>
        new(StatusCodes.Status400BadRequest, message, GraphQLHttpErrorCodes.BadRequest);

    public static HttpRequestError MethodNotAllowed(string method, string allow) =>
        new(
            StatusCodes.Status405MethodNotAllowed,
            $"GraphQL requests are sent with {allow.Replace(", ", " or ", StringComparison.Ordinal)}, not {method}.",
            GraphQLHttpErrorCodes.MethodNotAllowed,
            allow);

    public static HttpRequestError NotAcceptable() =>
        new(
            StatusCodes.Status406NotAcceptable,
            $"The Accept header allows neither {GraphQLMediaTypes.GraphQLResponseJson} nor {GraphQLMediaTypes.Json} in UTF-8.",
            GraphQLHttpErrorCodes.NotAcceptable);

    public static HttpRequestError PayloadTooLarge(long maxBodySize) =>
        new(
            StatusCodes.Status413PayloadTooLarge,
            $"The request body is larger than the {maxBodySize} bytes this endpoint accepts.",
            GraphQLHttpErrorCodes.PayloadTooLarge);

    public static HttpRequestError UnsupportedMediaType(string message) =>
        new(StatusCodes.Status415UnsupportedMediaType, message, GraphQLHttpErrorCodes.UnsupportedMediaType);
}
