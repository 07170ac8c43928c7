using System.Buffers.Text;
using System.Globalization;
using System.Text;
using MentorGraph.GraphQL;

namespace MentorGraph.Api.GraphQL.Relay;

/// <summary>
/// A global object identifier (GraphQL Global Object Identification spec): the node's type name
/// and its local key, written <c>base64url("TypeName:localId")</c> without padding. Clients treat
/// it as opaque; the type name inside lets <c>node(id:)</c> find the loader, and lets a field that
/// expects a Mentor refuse the ID of an Event.
/// </summary>
public readonly record struct GlobalId(string TypeName, string LocalId)
{
    /// <summary>Longest ID text accepted, so that decoding work is bounded.</summary>
    public const int MaxLength = 512;

    public static string Encode(string typeName, string localId)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        ArgumentNullException.ThrowIfNull(localId);
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(typeName + ":" + localId));
    }

    /// <summary>Encodes a key in its invariant text form (<c>42</c>, <c>3f2504e0-4f89-...</c>).</summary>
    public static string Encode<TKey>(string typeName, TKey key)
        where TKey : notnull =>
        Encode(typeName, key is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : key.ToString()!);

    public override string ToString() => Encode(TypeName, LocalId);

    /// <summary>Decodes an ID; garbage gives a <c>BAD_USER_INPUT</c> error naming the ID.</summary>
    /// <exception cref="GraphQLError">The text is not an ID this API issued.</exception>
    public static GlobalId Parse(string id) =>
        TryParse(id, out var globalId) ? globalId : throw Invalid(id);

    /// <summary>Decodes an ID of the given type into its key.</summary>
    /// <exception cref="GraphQLError">The text is not an ID, is the ID of another type, or its key is not a <typeparamref name="TKey"/>.</exception>
    public static TKey Parse<TKey>(string id, string expectedTypeName)
        where TKey : IParsable<TKey>
    {
        var globalId = Parse(id);
        if (!string.Equals(globalId.TypeName, expectedTypeName, StringComparison.Ordinal))
        {
            throw UserInputError.Create($"The ID \"{Shorten(id)}\" is the ID of a {globalId.TypeName}, not of a {expectedTypeName}.");
        }

        return TKey.TryParse(globalId.LocalId, CultureInfo.InvariantCulture, out var key) ? key : throw Invalid(id);
    }

    public static bool TryParse(string? id, out GlobalId globalId)
    {
        globalId = default;
        if (string.IsNullOrEmpty(id) || id.Length > MaxLength || !Base64Url.IsValid(id))
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[Base64Url.GetMaxDecodedLength(id.Length)];
        if (!Base64Url.TryDecodeFromChars(id, bytes, out var written))
        {
            return false;
        }

        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes[..written]);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        var separator = text.IndexOf(':', StringComparison.Ordinal);
        if (separator <= 0 || separator == text.Length - 1 || !IsTypeName(text.AsSpan(0, separator)))
        {
            return false;
        }

        // Only the canonical spelling is an ID, so one node never has two IDs that both work.
        if (!string.Equals(Encode(text[..separator], text[(separator + 1)..]), id, StringComparison.Ordinal))
        {
            return false;
        }

        globalId = new GlobalId(text[..separator], text[(separator + 1)..]);
        return true;
    }

    private static bool IsTypeName(ReadOnlySpan<char> name)
    {
        if (!char.IsAsciiLetter(name[0]) && name[0] != '_')
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    private static GraphQLError Invalid(string? id) =>
        UserInputError.Create($"The ID \"{Shorten(id)}\" is not a valid ID.");

    private static string Shorten(string? id) => id is null ? "" : id.Length <= 64 ? id : id[..64] + "...";
}
