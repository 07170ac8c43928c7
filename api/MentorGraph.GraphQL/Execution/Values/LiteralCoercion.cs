using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// Coerces a literal of the document, with variables substituted, to a type's internal value
/// (spec 3.5 "Input Coercion" of each type; graphql-js <c>valueFromAST</c>). A literal that cannot
/// be coerced makes the call return false: validation has normally refused it already, so the
/// caller reports it in general terms.
/// </summary>
internal static class LiteralCoercion
{
    public static bool TryCoerce(ValueNode literal, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (literal is VariableNode variable)
        {
            // Variables hold coerced values already (spec 6.1.2); a missing one is invalid here,
            // callers that can leave a value out check for that first.
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out value))
            {
                return false;
            }

            return value is not null || !type.IsNonNull;
        }

        if (type is NonNullType nonNull)
        {
            return literal is not NullValueNode && TryCoerce(literal, nonNull.OfType, variables, out value);
        }

        if (literal is NullValueNode)
        {
            return true;
        }

        switch (type)
        {
            case ListType list:
                if (literal is ListValueNode listValue)
                {
                    var items = new List<object?>(listValue.Values.Count);
                    foreach (var item in listValue.Values)
                    {
                        if (IsMissingVariable(item, variables))
                        {
                            // A missing variable in a list is null (graphql-js valueFromAST).
                            if (list.OfType.IsNonNull)
                            {
                                return false;
                            }

                            items.Add(null);
                            continue;
                        }

                        if (!TryCoerce(item, list.OfType, variables, out var coercedItem))
                        {
                            return false;
                        }

                        items.Add(coercedItem);
                    }

                    value = items;
                    return true;
                }

                // A single literal where a list is expected is a list of one (spec 3.11 "Input Coercion").
                if (!TryCoerce(literal, list.OfType, variables, out var single))
                {
                    return false;
                }

                value = new List<object?> { single };
                return true;

            case InputObjectType inputObject:
                return TryCoerceInputObject(literal, inputObject, variables, out value);

            case LeafType leaf:
                try
                {
                    value = leaf.ParseLiteral(literal);
                    return true;
                }
                catch (ValueCoercionException)
                {
                    return false;
                }

            default:
                return false;
        }
    }

    /// <summary>Whether a literal mentions a variable anywhere, so that it cannot be coerced ahead of a request.</summary>
    public static bool ContainsVariable(ValueNode literal) => literal switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(ContainsVariable),
        ObjectValueNode obj => obj.Fields.Any(field => ContainsVariable(field.Value)),
        _ => false,
    };

    private static bool TryCoerceInputObject(ValueNode literal, InputObjectType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (literal is not ObjectValueNode objectValue)
        {
            return false;
        }

        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            ObjectFieldNode? fieldNode = null;
            foreach (var candidate in objectValue.Fields)
            {
                if (candidate.Name.Value == field.Name)
                {
                    fieldNode = candidate;
                    break;
                }
            }

            if (fieldNode is null || IsMissingVariable(fieldNode.Value, variables))
            {
                if (field.DefaultValue is { } defaultValue)
                {
                    if (!TryCoerce(defaultValue, field.Type, null, out var coercedDefault))
                    {
                        return false;
                    }

                    coerced[field.Name] = coercedDefault;
                }
                else if (field.Type.IsNonNull)
                {
                    return false;
                }

                continue;
            }

            if (!TryCoerce(fieldNode.Value, field.Type, variables, out var fieldValue))
            {
                return false;
            }

            coerced[field.Name] = fieldValue;
        }

        foreach (var fieldNode in objectValue.Fields)
        {
            if (type.GetField(fieldNode.Name.Value) is null)
            {
                return false;
            }
        }

        // The OneOf Input Objects RFC: exactly one field, and it is not null.
        if (type.IsOneOf && (coerced.Count != 1 || objectValue.Fields.Count != 1 || coerced.Values.First() is null))
        {
            return false;
        }

        value = coerced;
        return true;
    }

    private static bool IsMissingVariable(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
        literal is VariableNode variable && (variables is null || !variables.ContainsKey(variable.Name.Value));
}
