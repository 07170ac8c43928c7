using System.Text;
using System.Text.RegularExpressions;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types.Scalars;

/// <summary>
/// A language tag (BCP 47, RFC 5646 section 2.1): an ISO 639 language code of two or three
/// letters (such as <c>ar</c>, <c>uk</c>, <c>prs</c>, <c>ti</c>), optionally followed by extended
/// language, script, region, variant, extension and private-use subtags (such as
/// <c>en-GB</c>, <c>sr-Latn-RS</c>, <c>es-419</c>). The internal value is the tag in its
/// canonical case (RFC 5646 section 2.1.1: language lower case, script title case, region
/// upper case). Only the syntax is checked: the registry changes faster than this engine.
/// </summary>
public sealed partial class LanguageCodeType : ScalarType
{
    public LanguageCodeType()
        : base("LanguageCode")
    {
        Description = "A BCP 47 language tag whose language is an ISO 639 code, such as `ar`, `uk`, `prs`, `ti` or `en-GB`.";
        SpecifiedByUrl = "https://www.rfc-editor.org/rfc/rfc5646";
    }

    public override object Serialize(object value) => value switch
    {
        string s => Parse(s),
        System.Globalization.CultureInfo culture when culture.Name.Length > 0 => Parse(culture.Name),
        _ => throw new ValueCoercionException($"LanguageCode cannot represent value: {Describe.Value(value)}"),
    };

    public override object ParseValue(object value) =>
        value is string s ? Parse(s) : throw new ValueCoercionException($"LanguageCode cannot represent a non string value: {Describe.Value(value)}");

    public override object ParseLiteral(ValueNode literal) =>
        literal is StringValueNode s ? Parse(s.Value) : throw new ValueCoercionException($"LanguageCode cannot represent a non string value: {Describe.Literal(literal)}");

    public override ValueNode ToLiteral(object value) => new StringValueNode((string)Serialize(value), false);

    /// <summary>Checks a language tag and returns it in canonical case, or throws with the reason it is not one.</summary>
    public static string Parse(string text)
    {
        if (text.Length == 0)
        {
            throw Invalid(text, "it is empty");
        }

        if (text.Contains('_', StringComparison.Ordinal))
        {
            throw Invalid(text, "subtags are separated by \"-\", not \"_\"");
        }

        var match = LanguageTagPattern().Match(text);
        if (!match.Success)
        {
            var language = text.Split('-')[0];
            var reason = language.Length is 2 or 3 && language.All(char.IsAsciiLetter)
                ? "its subtags after the language are not a valid script, region, variant or extension"
                : "it must start with a two- or three-letter ISO 639 language code";
            throw Invalid(text, reason);
        }

        return Canonicalize(text);
    }

    private static string Canonicalize(string tag)
    {
        var subtags = tag.Split('-');
        var builder = new StringBuilder(tag.Length);
        var afterSingleton = false;
        for (var i = 0; i < subtags.Length; i++)
        {
            var subtag = subtags[i];
            if (i > 0)
            {
                builder.Append('-');
            }

            if (subtag.Length == 1)
            {
                afterSingleton = true;
            }

            if (i > 0 && !afterSingleton && subtag.Length == 4 && subtag.All(char.IsAsciiLetter))
            {
                builder.Append(char.ToUpperInvariant(subtag[0])).Append(subtag[1..].ToLowerInvariant());
            }
            else if (i > 0 && !afterSingleton && subtag.Length == 2)
            {
                builder.Append(subtag.ToUpperInvariant());
            }
            else
            {
                builder.Append(subtag.ToLowerInvariant());
            }
        }

        return builder.ToString();
    }

    private static ValueCoercionException Invalid(string text, string reason) =>
        new($"LanguageCode cannot represent an invalid language tag {Describe.Quote(text)}: {reason}.");

    /// <summary>RFC 5646 section 2.1 "langtag", with the language restricted to ISO 639 codes.</summary>
    [GeneratedRegex(@"^[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|\d{3}))?(?:-(?:[A-Za-z\d]{5,8}|\d[A-Za-z\d]{3}))*(?:-[\dA-WY-Za-wy-z](?:-[A-Za-z\d]{2,8})+)*(?:-[Xx](?:-[A-Za-z\d]{1,8})+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTagPattern();
}
