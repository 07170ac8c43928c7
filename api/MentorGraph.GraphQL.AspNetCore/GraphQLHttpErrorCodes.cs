namespace MentorGraph.GraphQL.AspNetCore;

/// <summary>
/// The values of <c>extensions.code</c> on errors the HTTP transport raises itself, before a
/// request reaches the engine. Engine errors use <see cref="ErrorCodes"/>.
/// </summary>
public static class GraphQLHttpErrorCodes
{
    /// <summary>The body or query string is not a well-formed GraphQL-over-HTTP request (400).</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>The HTTP method cannot be used here (405).</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    /// <summary>None of the media types in <c>Accept</c> can be produced (406).</summary>
    public const string NotAcceptable = "NOT_ACCEPTABLE";

    /// <summary>The body is larger than <see cref="GraphQLHttpOptions.MaxRequestBodySize"/> (413).</summary>
    public const string PayloadTooLarge = "PAYLOAD_TOO_LARGE";

    /// <summary>The body is not <c>application/json</c> in UTF-8, or is content-encoded (415).</summary>
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
}
