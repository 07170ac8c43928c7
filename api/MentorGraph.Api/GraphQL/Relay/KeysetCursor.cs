using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MentorGraph.Api.GraphQL.Sorting;

namespace MentorGraph.Api.GraphQL.Relay;

/// <summary>
/// The cursors of one list in one order: <c>base64url(["&lt;order tag&gt;", sortValue..., key])</c>.
/// A cursor holds the values of the order's keys at its element, so the next page starts right
/// after them (keyset paging) however many rows were inserted or deleted before it. The order tag
/// is a short hash of the node type and the order, so a cursor taken in one order is refused in
/// another instead of silently skipping rows. Clients must treat cursors as opaque.
/// </summary>
internal sealed class KeysetCursor
{
    private const int MaxLength = 2048;
    private readonly IReadOnlyList<SortKey> _keys;
    private readonly string _tag;

    public KeysetCursor(string scope, IReadOnlyList<SortKey> keys)
    {
        _keys = keys;
        var order = scope + "|" + string.Join(",", keys.Select(key => key.Name + (key.Direction == SortDirection.Ascending ? "+" : "-")));
        _tag = Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(order)).AsSpan(0, 6));
    }

    public string Encode(IReadOnlyList<object?> values)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            writer.WriteStringValue(_tag);
            for (var i = 0; i < _keys.Count; i++)
            {
                JsonSerializer.Serialize(writer, values[i], _keys[i].Selector.Type);
            }

            writer.WriteEndArray();
        }

        return Base64Url.EncodeToString(buffer.WrittenSpan);
    }

    /// <summary>The key values a cursor holds.</summary>
    /// <exception cref="MentorGraph.GraphQL.GraphQLError">The cursor is malformed or belongs to another list or order (<c>BAD_USER_INPUT</c>).</exception>
    public object?[] Decode(string cursor, string argument)
    {
        try
        {
            if (cursor.Length <= MaxLength)
            {
                using var document = JsonDocument.Parse(Base64Url.DecodeFromChars(cursor));
                var root = document.RootElement;
                if (root.ValueKind == JsonValueKind.Array && root.GetArrayLength() == _keys.Count + 1 && root[0].ValueKind == JsonValueKind.String && root[0].GetString() == _tag)
                {
                    var values = new object?[_keys.Count];
                    for (var i = 0; i < values.Length; i++)
                    {
                        values[i] = root[i + 1].Deserialize(_keys[i].Selector.Type);
                        if (values[i] is null && !_keys[i].Selector.IsNullable)
                        {
                            throw new FormatException("A key that cannot be null is null.");
                        }
                    }

                    return values;
                }
            }
        }
        catch (Exception exception) when (exception is FormatException or JsonException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
        }

        throw UserInputError.Create($"The \"{argument}\" cursor is not a cursor of this list in this order; use a cursor from a page fetched with the same order.");
    }
}
