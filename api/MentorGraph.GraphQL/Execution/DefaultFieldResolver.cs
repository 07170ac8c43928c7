using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;

namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// The resolver of fields that have none (graphql-js <c>defaultFieldResolver</c>): it reads the
/// parent's dictionary entry, JSON member or CLR property named after the field. CLR members are
/// read through delegates compiled once per type and member, so no reflection happens per call;
/// JSON leaves become plain .NET values so that scalars serialise them as usual.
/// </summary>
public static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), Func<object, object?>> _readers = new();
    private static readonly Func<object, object?> _missing = static _ => null;

    /// <summary>The default resolver as a <see cref="FieldResolver"/>, for code that wants to wrap it.</summary>
    public static FieldResolver Instance { get; } = static context => new ValueTask<object?>(Resolve(context.Source, context.Field.Name));

    /// <summary>Reads the member named <paramref name="name"/> from <paramref name="source"/>.</summary>
    public static object? Resolve(object? source, string name) => Resolve(source, name, null);

    internal static object? Resolve(object? source, string name, MemberReaderCache? cache)
    {
        // Most fields see one CLR type: try the field's cached reader before any type test.
        if (cache?.Entry is { } hit && source is not null && hit.Type == source.GetType())
        {
            return hit.Read(source);
        }

        switch (source)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> map:
                return map.TryGetValue(name, out var value) ? FromJson(value) : null;
            case JsonElement element:
                return element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var member) ? FromJson(member) : null;
            case IDictionary<string, object?> map:
                return map.TryGetValue(name, out var entry) ? FromJson(entry) : null;
            case IDictionary map:
                return map.Contains(name) ? FromJson(map[name]) : null;
        }

        var type = source.GetType();
        var reader = _readers.GetOrAdd((type, name), static key => CompileReader(key.Type, key.Name));
        if (cache is not null)
        {
            cache.Entry = new MemberReaderCache.CacheEntry(type, reader);
        }

        return reader(source);
    }

    /// <summary>JSON leaves become .NET values (string, long or double, bool, null); objects and arrays stay elements.</summary>
    internal static object? FromJson(object? value) => value is JsonElement element ? FromJson(element) : value;

    internal static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => element.TryGetInt64(out var integer) ? integer : element.GetDouble(),
        _ => element,
    };

    private static Func<object, object?> CompileReader(Type type, string name)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance;
        MemberInfo? member = (MemberInfo?)FindProperty(type, name, flags) ?? FindField(type, name, flags);
        if (member is null)
        {
            return _missing;
        }

        var source = Expression.Parameter(typeof(object), "source");
        var typed = Expression.Convert(source, type);
        Expression read = member is PropertyInfo property ? Expression.Property(typed, property) : Expression.Field(typed, (FieldInfo)member);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), source).Compile();
    }

    private static PropertyInfo? FindProperty(Type type, string name, BindingFlags flags)
    {
        PropertyInfo? ignoringCase = null;
        foreach (var property in type.GetProperties(flags))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetMethod is null)
            {
                continue;
            }

            if (property.Name == name)
            {
                return property;
            }

            if (ignoringCase is null && string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                ignoringCase = property;
            }
        }

        return ignoringCase;
    }

    private static FieldInfo? FindField(Type type, string name, BindingFlags flags) =>
        type.GetField(name, flags) ?? type.GetField(name, flags | BindingFlags.IgnoreCase);
}
