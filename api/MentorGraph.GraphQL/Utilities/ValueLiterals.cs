using System.Collections;
using System.Reflection;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Utilities;

/// <summary>
/// Turns a C# value into the literal of an input type (graphql-js astFromValue): how code-first
/// default values and directive arguments become the literals that SDL and introspection print.
/// </summary>
public static class ValueLiterals
{
    /// <summary>
    /// The literal for <paramref name="value"/> as a value of <paramref name="type"/>. Lists accept
    /// any enumerable (or a single item, per spec 3.11 input coercion); input objects accept a
    /// dictionary or an object whose public properties match field names, ignoring case.
    /// </summary>
    /// <exception cref="ValueCoercionException">The value cannot be a value of the type.</exception>
    public static ValueNode FromValue(object? value, GraphQLType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        switch (type)
        {
            case NonNullType nonNull:
                return value is null
                    ? throw new ValueCoercionException($"Expected non-nullable type \"{type}\" not to be null.")
                    : FromValue(value, nonNull.OfType);
            case ListType list when value is null:
                return new NullValueNode();
            case ListType list:
                return value is IEnumerable items and not string and not IDictionary
                    ? new ListValueNode([.. items.Cast<object?>().Select(item => FromValue(item, list.OfType))])
                    : FromValue(value, list.OfType);
            case var _ when value is null:
                return new NullValueNode();
            case InputObjectType input:
                return FromObject(value, input);
            case LeafType leaf:
                return leaf.ToLiteral(value);
            default:
                throw new ValueCoercionException($"Type \"{type}\" is not an input type.");
        }
    }

    private static ObjectValueNode FromObject(object value, InputObjectType input)
    {
        var fields = new List<ObjectFieldNode>();
        foreach (var field in input.Fields)
        {
            if (TryGetMember(value, field.Name, out var member))
            {
                fields.Add(new ObjectFieldNode(new NameNode(field.Name), FromValue(member, field.Type)));
            }
        }

        return new ObjectValueNode(fields);
    }

    private static bool TryGetMember(object value, string name, out object? member)
    {
        switch (value)
        {
            case IDictionary<string, object?> map:
                return map.TryGetValue(name, out member);
            case IReadOnlyDictionary<string, object?> map:
                return map.TryGetValue(name, out member);
            default:
                var property = value.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
                member = property?.GetValue(value);
                return property is not null;
        }
    }
}
