using System.Text.RegularExpressions;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types.Scalars;

/// <summary>
/// An absolute URI (RFC 3986 section 4.3: a scheme and a hierarchical part, no fragment-only or
/// relative references), such as <c>https://mentorgraph.org/mentors</c>. The internal value is a
/// <see cref="Uri"/>; results are its normalised absolute form. Web schemes must name a host.
/// </summary>
public sealed partial class UrlType : ScalarType
{
    private static readonly HashSet<string> _hostRequiredSchemes = new(StringComparer.OrdinalIgnoreCase) { "http", "https", "ws", "wss", "ftp" };

    public UrlType()
        : base("URL")
    {
        Description = "An absolute URL (RFC 3986) such as `https://mentorgraph.org/mentors`.";
        SpecifiedByUrl = "https://www.rfc-editor.org/rfc/rfc3986";
    }

    public override object Serialize(object value) => value switch
    {
        Uri { IsAbsoluteUri: true } uri when SchemePattern().IsMatch(uri.OriginalString) => uri.AbsoluteUri,
        Uri uri => throw Invalid(uri.OriginalString, "it is not an absolute URL"),
        string s => Parse(s).AbsoluteUri,
        _ => throw new ValueCoercionException($"URL cannot represent value: {Describe.Value(value)}"),
    };

    public override object ParseValue(object value) =>
        value is string s ? Parse(s) : throw new ValueCoercionException($"URL cannot represent a non string value: {Describe.Value(value)}");

    public override object ParseLiteral(ValueNode literal) =>
        literal is StringValueNode s ? Parse(s.Value) : throw new ValueCoercionException($"URL cannot represent a non string value: {Describe.Literal(literal)}");

    public override ValueNode ToLiteral(object value) => new StringValueNode((string)Serialize(value), false);

    /// <summary>Parses an absolute URL, with a useful reason when it is not one.</summary>
    public static Uri Parse(string text)
    {
        if (text.Length == 0)
        {
            throw Invalid(text, "it is empty");
        }

        // System.Uri would accept "/path" as a file URI on Unix, so the scheme is checked first.
        if (!SchemePattern().IsMatch(text))
        {
            throw Invalid(text, "it has no scheme such as \"https:\"");
        }

        if (text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            throw Invalid(text, "it contains white space or control characters");
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri))
        {
            throw Invalid(text, "it is not a well-formed URL");
        }

        if (_hostRequiredSchemes.Contains(uri.Scheme) && string.IsNullOrEmpty(uri.Host))
        {
            throw Invalid(text, $"a {uri.Scheme} URL must name a host");
        }

        return uri;
    }

    private static ValueCoercionException Invalid(string text, string reason) =>
        new($"URL cannot represent an invalid URL {Describe.Quote(text)}: {reason}.");

    /// <summary>RFC 3986 section 3.1: scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":".</summary>
    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.\-]*:", RegexOptions.CultureInvariant)]
    private static partial Regex SchemePattern();
}
