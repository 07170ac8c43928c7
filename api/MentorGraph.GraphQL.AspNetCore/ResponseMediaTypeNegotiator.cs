using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace MentorGraph.GraphQL.AspNetCore;

/// <summary>
/// Chooses the response media type from the request's <c>Accept</c> header
/// (GraphQL over HTTP, "Accept"; RFC 9110 section 12.5.1).
/// </summary>
/// <remarks>
/// The candidate with the highest quality wins; on a tie the more specific media range wins
/// (RFC 9110: "more specific media ranges ... override less specific"). When the client names
/// both types with equal quality, <c>application/graphql-response+json</c> is preferred, as
/// the spec asks servers to. When the client names neither (a missing header, <c>*/*</c> or
/// <c>application/*</c>), the legacy <c>application/json</c> is used: the spec's watershed rule
/// says a server SHOULD treat a missing header as <c>application/json</c>, and graphql-http's
/// audit (47DE, 80D8) expects exactly that for both cases.
/// </remarks>
internal static class ResponseMediaTypeNegotiator
{
    private const int WildcardMatch = 0;
    private const int TypeWildcardMatch = 1;
    private const int ExactMatch = 2;

    /// <summary>The chosen media type, or null when the client accepts neither (406).</summary>
    public static ResponseMediaType? Negotiate(StringValues acceptHeaders)
    {
        if (StringValues.IsNullOrEmpty(acceptHeaders)
            || !MediaTypeHeaderValue.TryParseList(acceptHeaders, out var ranges)
            || ranges.Count == 0)
        {
            // A missing or unreadable Accept header constrains nothing (RFC 9110 section 12.5.1).
            return ResponseMediaType.Json;
        }

        var graphQLResponse = BestMatch(ranges, GraphQLMediaTypes.GraphQLResponseJson);
        var json = BestMatch(ranges, GraphQLMediaTypes.Json);
        if (graphQLResponse is null && json is null)
        {
            return null;
        }

        if (graphQLResponse is null)
        {
            return ResponseMediaType.Json;
        }

        if (json is null)
        {
            return ResponseMediaType.GraphQLResponseJson;
        }

        var (graphQLQuality, graphQLSpecificity) = graphQLResponse.Value;
        var (jsonQuality, jsonSpecificity) = json.Value;
        if (graphQLQuality != jsonQuality)
        {
            return graphQLQuality > jsonQuality ? ResponseMediaType.GraphQLResponseJson : ResponseMediaType.Json;
        }

        if (graphQLSpecificity != jsonSpecificity)
        {
            return graphQLSpecificity > jsonSpecificity ? ResponseMediaType.GraphQLResponseJson : ResponseMediaType.Json;
        }

        return graphQLSpecificity == ExactMatch ? ResponseMediaType.GraphQLResponseJson : ResponseMediaType.Json;
    }

    /// <summary>
    /// The quality and specificity of the most specific range that matches the media type, or
    /// null when none does or its quality is zero ("not acceptable").
    /// </summary>
    private static (double Quality, int Specificity)? BestMatch(IList<MediaTypeHeaderValue> ranges, string mediaType)
    {
        var subtypeStart = mediaType.IndexOf('/', StringComparison.Ordinal);
        var type = mediaType.AsSpan(0, subtypeStart);
        (double Quality, int Specificity)? best = null;
        foreach (var range in ranges)
        {
            int specificity;
            if (range.MatchesAllTypes)
            {
                specificity = WildcardMatch;
            }
            else if (range.MatchesAllSubTypes && range.Type.AsSpan().Equals(type, StringComparison.OrdinalIgnoreCase))
            {
                specificity = TypeWildcardMatch;
            }
            else if (range.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase))
            {
                specificity = ExactMatch;
            }
            else
            {
                continue;
            }

            // We only ever write UTF-8 (GraphQL over HTTP, "JSON Encoding"): a range that asks
            // for another charset does not match.
            if (range.Charset.HasValue && !IsUtf8(range.Charset))
            {
                continue;
            }

            if (best is null || specificity > best.Value.Specificity)
            {
                best = (range.Quality ?? 1.0, specificity);
            }
        }

        return best is { Quality: > 0 } ? best : null;
    }

    /// <summary>Whether a <c>charset</c> parameter names UTF-8 (quoted or not, any case).</summary>
    internal static bool IsUtf8(StringSegment charset)
    {
        var name = HeaderUtilities.RemoveQuotes(charset);
        return name.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            || name.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }
}
