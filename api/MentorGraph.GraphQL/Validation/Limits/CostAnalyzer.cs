using System.Globalization;
using System.Text.Json;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Validation.Limits;

/// <summary>
/// Estimates what an operation costs to execute, in the manner of the IBM GraphQL Cost
/// Directive specification as Apollo applies it. A field costs its weight plus its
/// sub-selection's cost, times the size of the list it returns:
/// <list type="bullet">
/// <item>weight: <c>@cost(weight:)</c> on the field, else on its type, else 1 for an object,
/// interface or union and 0 for a scalar or enum;</item>
/// <item>list size: the largest slicing argument given (a literal or a variable's value, else
/// the argument's default), else <c>@listSize(assumedSize:)</c>, else
/// <see cref="OperationLimits.DefaultListSize"/>; with <c>sizedFields</c> the size applies to
/// those fields of the returned object instead (as for a connection's <c>edges</c>);</item>
/// <item>arguments and input fields given that carry <c>@cost</c> add their weight.</item>
/// </list>
/// Fragments on different types are all counted, which bounds the cost from above;
/// introspection fields (<c>__schema</c>, <c>__type</c>) cost nothing.
/// Each fragment's cost is computed once; a fragment cycle counts as nothing.
/// </summary>
public static class CostAnalyzer
{
    public static CostResult Calculate(
        Schema schema,
        DocumentNode document,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? variables = null,
        int defaultListSize = 10)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(operation);
        var walker = new Walker(schema, document, variables, defaultListSize);
        var cost = walker.SelectionSetCost(operation.SelectionSet, schema.GetRootType(operation.Operation), null);
        return new CostResult(cost, walker.Errors is null ? [] : walker.Errors);
    }

    private sealed class Walker(Schema schema, DocumentNode document, IReadOnlyDictionary<string, object?>? variables, int defaultListSize)
    {
        private readonly Dictionary<string, double?> _fragmentCosts = new(StringComparer.Ordinal);
        private Dictionary<string, FragmentDefinitionNode>? _fragments;

        public List<GraphQLError>? Errors { get; private set; }

        public double SelectionSetCost(SelectionSetNode selectionSet, NamedType? parentType, Dictionary<string, double>? sizedFields)
        {
            double total = 0;
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field when IsIncluded(field.Directives):
                        total += FieldCost(field, parentType, sizedFields);
                        break;
                    case InlineFragmentNode inline when IsIncluded(inline.Directives):
                        var type = inline.TypeCondition is { } condition ? schema.GetType(condition.Name.Value) : parentType;
                        total += SelectionSetCost(inline.SelectionSet, type, sizedFields);
                        break;
                    case FragmentSpreadNode spread when IsIncluded(spread.Directives):
                        total += FragmentCost(spread.Name.Value, sizedFields);
                        break;
                }
            }

            return total;
        }

        private double FieldCost(FieldNode field, NamedType? parentType, Dictionary<string, double>? sizedFields)
        {
            if (parentType is null || TypeInfo.GetFieldDefinition(schema, parentType, field.Name.Value) is not { } definition)
            {
                return 0;
            }

            // Introspection is bounded by the schema's size, not by the client, and is switched
            // off as a whole where it is unwanted, so it costs nothing here.
            var namedType = definition.Type.GetNamedType();
            if (namedType.IsIntrospectionType)
            {
                return 0;
            }

            var directives = CostDirectives.ForField(definition);
            var weight = directives.Weight
                ?? CostDirectives.ForType(namedType)
                ?? (TypeRelations.IsCompositeType(namedType) ? 1 : 0);

            double multiplier = 1;
            Dictionary<string, double>? childSizes = null;
            if (sizedFields is not null && sizedFields.TryGetValue(field.Name.Value, out var sized))
            {
                multiplier = sized;
            }
            else if (directives.ListSize is { } listSize)
            {
                var size = ListSize(listSize, definition, field, parentType);
                if (listSize.SizedFields.Count > 0)
                {
                    childSizes = new Dictionary<string, double>(StringComparer.Ordinal);
                    foreach (var name in listSize.SizedFields)
                    {
                        childSizes[name] = size;
                    }
                }
                else if (IsList(definition.Type))
                {
                    multiplier = size;
                }
            }
            else if (IsList(definition.Type))
            {
                multiplier = defaultListSize;
            }

            var childCost = field.SelectionSet is { } selectionSet ? SelectionSetCost(selectionSet, namedType, childSizes) : 0;
            return (multiplier * (weight + childCost)) + ArgumentsCost(definition, field.Arguments);
        }

        private double ListSize(CostDirectives.ListSize listSize, FieldDefinition definition, FieldNode field, NamedType parentType)
        {
            if (listSize.SlicingArguments.Count > 0)
            {
                var given = 0;
                double? largest = null;
                foreach (var name in listSize.SlicingArguments)
                {
                    var argument = FindArgument(field.Arguments, name);
                    var value = argument is null ? null : NumberOf(argument.Value);
                    if (argument is not null && argument.Value is not NullValueNode)
                    {
                        given++;
                    }

                    value ??= definition.GetArgument(name)?.DefaultValue is { } defaultValue ? CostDirectives.Number(defaultValue) : null;
                    if (value is { } number)
                    {
                        largest = Math.Max(largest ?? 0, number);
                    }
                }

                if (listSize.RequireOneSlicingArgument && given != 1)
                {
                    var names = string.Join(", ", listSize.SlicingArguments.Select(name => "\"" + name + "\""));
                    (Errors ??= []).Add(GraphQLError.WithCode(
                        $"Field \"{parentType.Name}.{definition.Name}\" must be given exactly one of its slicing arguments {names}; {given} were given.",
                        ErrorCodes.ValidationFailed,
                        field));
                }

                if (largest is { } found)
                {
                    return found;
                }
            }

            return listSize.AssumedSize ?? defaultListSize;
        }

        private double ArgumentsCost(FieldDefinition definition, IReadOnlyList<ArgumentNode> arguments)
        {
            double total = 0;
            foreach (var argument in arguments)
            {
                if (definition.GetArgument(argument.Name.Value) is { } argumentDefinition)
                {
                    total += InputValueCost(argumentDefinition, argument.Value);
                }
            }

            return total;
        }

        private static double InputValueCost(InputValueDefinition definition, ValueNode value)
        {
            if (value is NullValueNode)
            {
                return 0;
            }

            var total = CostDirectives.ForInputValue(definition) ?? 0;
            if (definition.Type.GetNamedType() is InputObjectType inputType)
            {
                total += InputObjectCost(inputType, value);
            }

            return total;
        }

        private static double InputObjectCost(InputObjectType type, ValueNode value)
        {
            double total = 0;
            if (value is ListValueNode list)
            {
                foreach (var item in list.Values)
                {
                    total += InputObjectCost(type, item);
                }
            }
            else if (value is ObjectValueNode obj)
            {
                foreach (var field in obj.Fields)
                {
                    if (type.GetField(field.Name.Value) is { } fieldDefinition)
                    {
                        total += InputValueCost(fieldDefinition, field.Value);
                    }
                }
            }

            return total;
        }

        private double FragmentCost(string name, Dictionary<string, double>? sizedFields)
        {
            // Sizes passed down from a @listSize(sizedFields:) parent change what a fragment
            // costs, so only the plain cost is remembered.
            if (sizedFields is null && _fragmentCosts.TryGetValue(name, out var known))
            {
                return known ?? 0;
            }

            if (FindFragment(name) is not { } fragment)
            {
                return 0;
            }

            if (sizedFields is null)
            {
                _fragmentCosts[name] = null;
            }

            var cost = SelectionSetCost(fragment.SelectionSet, schema.GetType(fragment.TypeCondition.Name.Value), sizedFields);
            if (sizedFields is null)
            {
                _fragmentCosts[name] = cost;
            }

            return cost;
        }

        private FragmentDefinitionNode? FindFragment(string name)
        {
            if (_fragments is null)
            {
                _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
                foreach (var definition in document.Definitions)
                {
                    if (definition is FragmentDefinitionNode fragment)
                    {
                        _fragments.TryAdd(fragment.Name.Value, fragment);
                    }
                }
            }

            return _fragments.TryGetValue(name, out var found) ? found : null;
        }

        /// <summary>A slicing argument's number: a literal, or the value of a variable.</summary>
        private double? NumberOf(ValueNode value)
        {
            if (value is VariableNode variable)
            {
                return variables is not null && variables.TryGetValue(variable.Name.Value, out var raw) ? NumberOf(raw) : null;
            }

            return CostDirectives.Number(value);
        }

        private static double? NumberOf(object? value) => value switch
        {
            null => null,
            int i => i,
            long l => l,
            double d => d,
            float f => f,
            decimal m => (double)m,
            short s => s,
            JsonElement { ValueKind: JsonValueKind.Number } element => element.GetDouble(),
            string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };

        /// <summary>Whether a literal or given variable makes @skip or @include leave the selection out.</summary>
        private bool IsIncluded(IReadOnlyList<DirectiveNode> directives)
        {
            foreach (var directive in directives)
            {
                var name = directive.Name.Value;
                if ((name != "skip" && name != "include") || FindArgument(directive.Arguments, "if") is not { } condition)
                {
                    continue;
                }

                bool? value = condition.Value switch
                {
                    BooleanValueNode b => b.Value,
                    VariableNode v when variables is not null && variables.TryGetValue(v.Name.Value, out var raw) => raw switch
                    {
                        bool flag => flag,
                        JsonElement { ValueKind: JsonValueKind.True } => true,
                        JsonElement { ValueKind: JsonValueKind.False } => false,
                        _ => null,
                    },
                    _ => null,
                };

                if (value is { } flagValue && (name == "skip") == flagValue)
                {
                    return false;
                }
            }

            return true;
        }

        private static ArgumentNode? FindArgument(IReadOnlyList<ArgumentNode> arguments, string name)
        {
            foreach (var argument in arguments)
            {
                if (argument.Name.Value == name)
                {
                    return argument;
                }
            }

            return null;
        }

        private static bool IsList(GraphQLType type) => type.Nullable is ListType;
    }
}
