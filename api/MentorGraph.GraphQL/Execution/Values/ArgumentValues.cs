using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// Spec 6.4.1 CoerceArgumentValues: the arguments of a field or directive as internal values,
/// from the literals written in the document, the coerced variables they refer to, and the
/// argument definitions' defaults. A failure throws a <see cref="GraphQLError"/> with code
/// <see cref="ErrorCodes.BadUserInput"/> located at the offending argument.
/// </summary>
public static class ArgumentValues
{
    private static readonly IReadOnlyDictionary<string, object?> _empty = new Dictionary<string, object?>(0, StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, object?> Coerce(
        IReadOnlyList<InputValueDefinition> definitions,
        IReadOnlyList<ArgumentNode> arguments,
        IReadOnlyDictionary<string, object?>? variables,
        SyntaxNode? node = null)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        ArgumentNullException.ThrowIfNull(arguments);
        if (definitions.Count == 0)
        {
            return _empty;
        }

        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var name = definition.Name;
            var type = definition.Type;
            ArgumentNode? argument = null;
            foreach (var candidate in arguments)
            {
                if (candidate.Name.Value == name)
                {
                    argument = candidate;
                    break;
                }
            }

            if (argument is null)
            {
                if (definition.DefaultValue is { } defaultValue)
                {
                    coerced[name] = CoerceDefault(definition, defaultValue, node);
                }
                else if (type.IsNonNull)
                {
                    throw Error($"Argument \"{name}\" of required type \"{type}\" was not provided.", node);
                }

                continue;
            }

            var literal = argument.Value;
            var isNull = literal is NullValueNode;
            if (literal is VariableNode variable)
            {
                if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue))
                {
                    if (definition.DefaultValue is { } defaultValue)
                    {
                        coerced[name] = CoerceDefault(definition, defaultValue, literal);
                    }
                    else if (type.IsNonNull)
                    {
                        throw Error($"Argument \"{name}\" of required type \"{type}\" was provided the variable \"${variable.Name.Value}\" which was not provided a runtime value.", literal);
                    }

                    continue;
                }

                isNull = variableValue is null;
            }

            if (isNull && type.IsNonNull)
            {
                throw Error($"Argument \"{name}\" of non-null type \"{type}\" must not be null.", literal);
            }

            if (!LiteralCoercion.TryCoerce(literal, type, variables, out var value))
            {
                throw Error($"Argument \"{name}\" has invalid value {Describe.Literal(literal)}.", literal);
            }

            coerced[name] = value;
        }

        return coerced;
    }

    private static object? CoerceDefault(InputValueDefinition definition, ValueNode defaultValue, SyntaxNode? node) =>
        LiteralCoercion.TryCoerce(defaultValue, definition.Type, null, out var value)
            ? value
            : throw Error($"Argument \"{definition.Name}\" has invalid default value {Describe.Literal(defaultValue)}.", node);

    private static GraphQLError Error(string message, SyntaxNode? node) => GraphQLError.WithCode(message, ErrorCodes.BadUserInput, node);
}
