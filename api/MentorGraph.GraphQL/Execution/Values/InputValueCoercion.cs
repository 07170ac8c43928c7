using System.Collections;
using System.Text.Json;
using MentorGraph.GraphQL.Types;
using MentorGraph.GraphQL.Utilities;

namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// Coerces an external input value (a variable's JSON-decoded value) to a type's internal
/// value (spec 3.5 "Input Coercion" of each type; graphql-js <c>coerceInputValue</c>). Lists
/// accept a single value as a one-item list (spec 3.11 "Input Coercion"); input objects take
/// defaults for absent fields and refuse unknown ones (spec 3.10); a <c>@oneOf</c> object needs
/// exactly one non-null field. Every problem is reported, not only the first.
/// </summary>
internal static class InputValueCoercion
{
    public static object? Coerce(object? value, GraphQLType type, InputPath? path, List<InputCoercionError> errors)
    {
        if (value is JsonElement element)
        {
            value = JsonValues.FromElement(element);
        }

        if (type is NonNullType nonNull)
        {
            if (value is null)
            {
                errors.Add(new InputCoercionError(path, null, $"Expected non-nullable type \"{type}\" not to be null."));
                return null;
            }

            return Coerce(value, nonNull.OfType, path, errors);
        }

        if (value is null)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (IsList(value))
                {
                    var items = new List<object?>();
                    var index = 0;
                    foreach (var item in (IEnumerable)value)
                    {
                        items.Add(Coerce(item, list.OfType, new InputPath(path, index), errors));
                        index++;
                    }

                    return items;
                }

                // A single value where a list is expected is a list of one (spec 3.11 "Input Coercion").
                return new List<object?> { Coerce(value, list.OfType, path, errors) };

            case InputObjectType inputObject:
                return CoerceInputObject(value, inputObject, path, errors);

            case LeafType leaf:
                try
                {
                    return leaf.ParseValue(value);
                }
                catch (ValueCoercionException exception)
                {
                    errors.Add(new InputCoercionError(path, value, $"Expected type \"{leaf.Name}\". {exception.Message}"));
                    return null;
                }

            default:
                errors.Add(new InputCoercionError(path, value, $"Expected an input type, found \"{type}\"."));
                return null;
        }
    }

    /// <summary>Whether a decoded value is a list: any enumerable except strings and objects.</summary>
    public static bool IsList(object value) =>
        value is IEnumerable and not string and not IDictionary and not IReadOnlyDictionary<string, object?> and not IDictionary<string, object?>;

    private static Dictionary<string, object?>? CoerceInputObject(object value, InputObjectType type, InputPath? path, List<InputCoercionError> errors)
    {
        if (!TryReadObject(value, out var fields))
        {
            errors.Add(new InputCoercionError(path, value, $"Expected type \"{type.Name}\" to be an object."));
            return null;
        }

        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!fields.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.DefaultValue is { } defaultValue)
                {
                    coerced[field.Name] = LiteralCoercion.TryCoerce(defaultValue, field.Type, null, out var coercedDefault) ? coercedDefault : null;
                }
                else if (field.Type.IsNonNull)
                {
                    errors.Add(new InputCoercionError(path, value, $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided."));
                }

                continue;
            }

            coerced[field.Name] = Coerce(fieldValue, field.Type, new InputPath(path, field.Name), errors);
        }

        foreach (var name in fields.Keys)
        {
            if (type.GetField(name) is null)
            {
                errors.Add(new InputCoercionError(path, value, $"Field \"{name}\" is not defined by type \"{type.Name}\"."));
            }
        }

        // The OneOf Input Objects RFC: exactly one field, and it is not null.
        if (type.IsOneOf)
        {
            if (fields.Count != 1)
            {
                errors.Add(new InputCoercionError(path, value, $"Exactly one key must be specified for OneOf type \"{type.Name}\"."));
            }
            else
            {
                foreach (var (name, fieldValue) in fields)
                {
                    if (fieldValue is null || (fieldValue is JsonElement { ValueKind: JsonValueKind.Null }))
                    {
                        errors.Add(new InputCoercionError(new InputPath(path, name), null, $"Field \"{name}\" must be non-null."));
                    }
                }
            }
        }

        return coerced;
    }

    private static bool TryReadObject(object value, out IReadOnlyDictionary<string, object?> fields)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> map:
                fields = map;
                return true;
            case IDictionary<string, object?> map:
                fields = map.ToDictionary(entry => entry.Key, entry => entry.Value, StringComparer.Ordinal);
                return true;
            case IDictionary map:
                var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (DictionaryEntry entry in map)
                {
                    if (entry.Key is string key)
                    {
                        copy[key] = entry.Value;
                    }
                }

                fields = copy;
                return true;
            default:
                fields = null!;
                return false;
        }
    }
}
