using System.Buffers;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types.Scalars;

/// <summary>
/// An email address: an RFC 5322 <c>addr-spec</c> (section 3.4.1) as mail systems accept it in
/// practice — a dot-atom or quoted local part of at most 64 characters, and a domain of
/// dot-separated DNS labels (RFC 1035 letters, digits and hyphens, or internationalised
/// characters) or an address literal in brackets; at most 254 characters in all (RFC 5321
/// section 4.5.3.1). Comments and folding white space are not accepted. The internal value is the string.
/// </summary>
public sealed class EmailAddressType : ScalarType
{
    // RFC 5322 section 3.2.3 atext.
    private static readonly SearchValues<char> _atext = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&'*+-/=?^_`{|}~");

    public EmailAddressType()
        : base("EmailAddress")
    {
        Description = "An email address (an RFC 5322 addr-spec) such as `mentor@example.org`.";
        SpecifiedByUrl = "https://www.rfc-editor.org/rfc/rfc5322#section-3.4.1";
    }

    public override object Serialize(object value) => value is string s
        ? Parse(s)
        : throw new ValueCoercionException($"EmailAddress cannot represent value: {Describe.Value(value)}");

    public override object ParseValue(object value) =>
        value is string s ? Parse(s) : throw new ValueCoercionException($"EmailAddress cannot represent a non string value: {Describe.Value(value)}");

    public override object ParseLiteral(ValueNode literal) =>
        literal is StringValueNode s ? Parse(s.Value) : throw new ValueCoercionException($"EmailAddress cannot represent a non string value: {Describe.Literal(literal)}");

    public override ValueNode ToLiteral(object value) => new StringValueNode((string)Serialize(value), false);

    /// <summary>Checks an address and returns it, or throws with the reason it is not one.</summary>
    public static string Parse(string text)
    {
        if (text.Length > 254)
        {
            throw Invalid(text, "it is longer than 254 characters");
        }

        var at = text.LastIndexOf('@');
        if (at < 0)
        {
            throw Invalid(text, "it has no \"@\"");
        }

        var local = text[..at];
        var domain = text[(at + 1)..];
        if (local.Length == 0)
        {
            throw Invalid(text, "the part before \"@\" is empty");
        }

        if (local.Length > 64)
        {
            throw Invalid(text, "the part before \"@\" is longer than 64 characters");
        }

        if (local.StartsWith('"'))
        {
            CheckQuotedLocalPart(text, local);
        }
        else
        {
            CheckDotAtom(text, local, "the part before \"@\"");
        }

        if (domain.Length == 0)
        {
            throw Invalid(text, "the domain after \"@\" is empty");
        }

        if (domain.StartsWith('['))
        {
            if (!domain.EndsWith(']') || !System.Net.IPAddress.TryParse(domain.StartsWith("[IPv6:", StringComparison.OrdinalIgnoreCase) ? domain[6..^1] : domain[1..^1], out _))
            {
                throw Invalid(text, "the domain literal is not an IP address in brackets");
            }

            return text;
        }

        var labels = domain.Split('.');
        if (labels.Length < 2)
        {
            throw Invalid(text, "the domain has no dot, such as in \"example.org\"");
        }

        foreach (var label in labels)
        {
            if (label.Length == 0)
            {
                throw Invalid(text, "the domain has an empty label (two dots, or a dot at either end)");
            }

            if (label.Length > 63)
            {
                throw Invalid(text, "a domain label is longer than 63 characters");
            }

            if (label.StartsWith('-') || label.EndsWith('-'))
            {
                throw Invalid(text, "a domain label starts or ends with a hyphen");
            }

            if (label.Any(c => !(char.IsAsciiLetterOrDigit(c) || c == '-' || (c > 0x7F && char.IsLetterOrDigit(c)))))
            {
                throw Invalid(text, $"the domain label {Describe.Quote(label)} may only contain letters, digits and hyphens");
            }
        }

        if (labels[^1].All(char.IsAsciiDigit))
        {
            throw Invalid(text, "the top-level domain is numeric");
        }

        return text;
    }

    private static void CheckDotAtom(string text, string part, string what)
    {
        if (part.StartsWith('.') || part.EndsWith('.'))
        {
            throw Invalid(text, $"{what} starts or ends with a dot");
        }

        if (part.Contains("..", StringComparison.Ordinal))
        {
            throw Invalid(text, $"{what} has two dots in a row");
        }

        foreach (var c in part)
        {
            // RFC 6531 allows UTF-8 in the local part; ASCII must be atext.
            if (c != '.' && c <= 0x7F && !_atext.Contains(c))
            {
                throw Invalid(text, $"{what} contains {Describe.Quote(c.ToString())}, which must be quoted");
            }
        }
    }

    private static void CheckQuotedLocalPart(string text, string local)
    {
        if (local.Length < 2 || !local.EndsWith('"'))
        {
            throw Invalid(text, "the quoted part before \"@\" is not closed");
        }

        for (var i = 1; i < local.Length - 1; i++)
        {
            var c = local[i];
            if (c == '\\')
            {
                i++;
                continue;
            }

            if (c == '"' || char.IsControl(c))
            {
                throw Invalid(text, "the quoted part before \"@\" contains an unescaped quote or control character");
            }
        }
    }

    private static ValueCoercionException Invalid(string text, string reason) =>
        new($"EmailAddress cannot represent an invalid email address {Describe.Quote(text)}: {reason}.");
}
