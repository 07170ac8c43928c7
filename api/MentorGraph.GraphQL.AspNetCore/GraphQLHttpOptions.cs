namespace MentorGraph.GraphQL.AspNetCore;

/// <summary>
/// How one GraphQL endpoint accepts requests. Bind it from configuration with
/// <c>services.AddGraphQLHttp().BindConfiguration("GraphQL:Http")</c>, or pass a
/// <c>configure</c> callback to <c>MapGraphQL</c> for one endpoint.
/// </summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>One mebibyte: far more than any hand-written operation with its variables.</summary>
    public const long DefaultMaxRequestBodySize = 1024 * 1024;

    /// <summary>
    /// The largest POST body accepted, in bytes. A larger body is refused with
    /// 413 Payload Too Large before it is parsed.
    /// </summary>
    public long MaxRequestBodySize { get; set; } = DefaultMaxRequestBodySize;

    /// <summary>
    /// Whether queries may be sent with GET (GraphQL over HTTP, "GET"). When false a GET is
    /// refused with 405 and <c>Allow: POST</c>. Mutations are never run over GET.
    /// </summary>
    public bool AllowGet { get; set; } = true;

    internal GraphQLHttpOptions Clone() => new()
    {
        MaxRequestBodySize = MaxRequestBodySize,
        AllowGet = AllowGet,
    };

    internal void Validate()
    {
        if (MaxRequestBodySize <= 0)
        {
            throw new InvalidOperationException(
                $"{nameof(GraphQLHttpOptions)}.{nameof(MaxRequestBodySize)} must be positive, not {MaxRequestBodySize}.");
        }
    }
}
