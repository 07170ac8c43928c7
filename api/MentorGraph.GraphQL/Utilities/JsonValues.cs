using System.Text.Json;

namespace MentorGraph.GraphQL.Utilities;

/// <summary>
/// Converts JSON into the plain .NET values the engine coerces from: null, bool, string,
/// long (integers that fit), double (other numbers), <see cref="List{T}"/> of object, and
/// <see cref="Dictionary{TKey,TValue}"/> keyed by member name in document order.
/// </summary>
public static class JsonValues
{
    public static object? FromElement(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var l) ? (object)l : element.GetDouble(),
        JsonValueKind.Array => FromArray(element),
        JsonValueKind.Object => FromObject(element),
        _ => throw new JsonException($"Unexpected JSON value kind {element.ValueKind}."),
    };

    public static Dictionary<string, object?> FromObject(JsonElement element)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            map[property.Name] = FromElement(property.Value);
        }

        return map;
    }

    private static List<object?> FromArray(JsonElement element)
    {
        var list = new List<object?>(element.GetArrayLength());
        foreach (var item in element.EnumerateArray())
        {
            list.Add(FromElement(item));
        }

        return list;
    }

    /// <summary>Parses JSON text into plain values.</summary>
    public static object? Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return FromElement(document.RootElement);
    }
}
