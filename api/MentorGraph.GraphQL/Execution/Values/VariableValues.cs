using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// Spec 6.1.2 CoerceVariableValues: turns the request's JSON-decoded variables into the internal
/// values of the operation's variable types, applying defaults. Errors are reported as
/// graphql-js words them (<c>Variable "$x" got invalid value ...</c>), with the location of the
/// variable definition and code <see cref="ErrorCodes.BadUserInput"/>.
/// </summary>
public static class VariableValues
{
    /// <summary>Stops collecting errors after this many, as graphql-js does.</summary>
    public const int MaxErrors = 50;

    /// <summary>Coerces the variables; on failure the errors are returned and the values are null.</summary>
    public static IReadOnlyDictionary<string, object?>? Coerce(
        Schema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? inputs,
        out IReadOnlyList<GraphQLError> errors)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(operation);
        var found = new List<GraphQLError>();
        var coerced = new Dictionary<string, object?>(operation.VariableDefinitions.Count, StringComparer.Ordinal);
        var inputErrors = new List<InputCoercionError>();
        foreach (var definition in operation.VariableDefinitions)
        {
            if (found.Count >= MaxErrors)
            {
                found.Add(Error("Too many errors processing variables, error limit reached. Execution aborted.", null));
                break;
            }

            var name = definition.Variable.Name.Value;
            var type = TypeFromAst(schema, definition.Type);
            if (type is null || !type.IsInputType)
            {
                found.Add(Error($"Variable \"${name}\" expected value of type \"{Print(definition.Type)}\" which cannot be used as an input type.", definition.Type));
                continue;
            }

            if (inputs is null || !inputs.TryGetValue(name, out var value))
            {
                if (definition.DefaultValue is { } defaultValue)
                {
                    if (LiteralCoercion.TryCoerce(defaultValue, type, null, out var coercedDefault))
                    {
                        coerced[name] = coercedDefault;
                    }
                    else
                    {
                        found.Add(Error($"Variable \"${name}\" has invalid default value {Describe.Literal(defaultValue)}.", definition));
                    }
                }
                else if (type.IsNonNull)
                {
                    found.Add(Error($"Variable \"${name}\" of required type \"{type}\" was not provided.", definition));
                }

                continue;
            }

            if (value is null && type.IsNonNull)
            {
                found.Add(Error($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", definition));
                continue;
            }

            inputErrors.Clear();
            var result = InputValueCoercion.Coerce(value, type, null, inputErrors);
            if (inputErrors.Count == 0)
            {
                coerced[name] = result;
                continue;
            }

            foreach (var error in inputErrors)
            {
                var prefix = $"Variable \"${name}\" got invalid value {Describe.Value(error.InvalidValue)}";
                if (error.Path is not null)
                {
                    prefix += $" at \"{name}{InputPath.Print(error.Path)}\"";
                }

                found.Add(Error(prefix + "; " + error.Message, definition));
                if (found.Count >= MaxErrors)
                {
                    break;
                }
            }
        }

        errors = found;
        return found.Count == 0 ? coerced : null;
    }

    /// <summary>The schema type a type reference names, or null when it names no type (graphql-js typeFromAST).</summary>
    public static GraphQLType? TypeFromAst(Schema schema, TypeNode node) => node switch
    {
        NonNullTypeNode nonNull => TypeFromAst(schema, nonNull.Type) is { } inner and not NonNullType ? new NonNullType(inner) : null,
        ListTypeNode list => TypeFromAst(schema, list.Type) is { } inner ? new ListType(inner) : null,
        NamedTypeNode named => schema.GetType(named.Name.Value),
        _ => null,
    };

    private static string Print(TypeNode node) => node switch
    {
        NonNullTypeNode nonNull => Print(nonNull.Type) + "!",
        ListTypeNode list => "[" + Print(list.Type) + "]",
        NamedTypeNode named => named.Name.Value,
        _ => node.Kind.ToString(),
    };

    private static GraphQLError Error(string message, SyntaxNode? node) => GraphQLError.WithCode(message, ErrorCodes.BadUserInput, node);
}
