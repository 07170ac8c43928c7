using System.Collections.Concurrent;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// One operation of a document compiled for execution. It is built once and cached with the
/// document; the selection sets are planned lazily per object type by a
/// <see cref="SelectionPlanner"/>, one per combination of variable-dependent <c>@skip</c> and
/// <c>@include</c> outcomes, so that a repeated request reuses every plan it needs.
/// </summary>
public sealed class OperationPlan
{
    /// <summary>Beyond this many variable-dependent conditions, variants are planned per request instead of cached.</summary>
    private const int MaxCachedConditions = 16;

    private readonly ConcurrentDictionary<ulong, SelectionPlanner> _planners = new();

    public OperationPlan(Schema schema, DocumentNode document, OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(operation);
        Schema = schema;
        Document = document;
        Operation = operation;
        RootType = schema.GetRootType(operation.Operation);
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }

        Fragments = fragments;
        Conditions = FindConditions(operation, fragments);
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    public OperationDefinitionNode Operation { get; }

    public OperationType OperationType => Operation.Operation;

    /// <summary>The root type of the operation, or null when the schema has none for its kind.</summary>
    public ObjectType? RootType { get; }

    internal IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    internal IReadOnlyList<IncludeCondition> Conditions { get; }

    /// <summary>How many selection planners (flag combinations) have been compiled and cached.</summary>
    public int CachedVariantCount => _planners.Count;

    /// <summary>The planner for the request's variables: cached by the outcome of every variable-dependent condition.</summary>
    internal SelectionPlanner GetPlanner(IReadOnlyDictionary<string, object?> variables)
    {
        if (Conditions.Count == 0)
        {
            return _planners.GetOrAdd(0UL, static (_, plan) => new SelectionPlanner(plan, 0UL), this);
        }

        var flags = 0UL;
        foreach (var condition in Conditions)
        {
            if (!variables.TryGetValue(condition.VariableName, out var value) || value is not bool included)
            {
                // Spec 6.4.1: the "if" argument is Boolean!, so a missing or null variable is an error.
                throw GraphQLError.WithCode(
                    $"Argument \"if\" of non-null type \"Boolean!\" was provided the variable \"${condition.VariableName}\" which has no Boolean value.",
                    ErrorCodes.BadUserInput);
            }

            if (condition.Bit < 64 && included)
            {
                flags |= 1UL << condition.Bit;
            }
        }

        return Conditions.Count <= MaxCachedConditions
            ? _planners.GetOrAdd(flags, static (key, plan) => new SelectionPlanner(plan, key), this)
            : new SelectionPlanner(this, flags);
    }

    private static IReadOnlyList<IncludeCondition> FindConditions(OperationDefinitionNode operation, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
    {
        var conditions = new List<IncludeCondition>();
        var visitedFragments = new HashSet<string>(StringComparer.Ordinal);
        Visit(operation.SelectionSet);
        return conditions.Count <= 64 ? conditions : conditions[..64];

        void Visit(SelectionSetNode selectionSet)
        {
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        AddConditions(field.Directives);
                        if (field.SelectionSet is not null)
                        {
                            Visit(field.SelectionSet);
                        }

                        break;
                    case InlineFragmentNode inline:
                        AddConditions(inline.Directives);
                        Visit(inline.SelectionSet);
                        break;
                    case FragmentSpreadNode spread:
                        AddConditions(spread.Directives);
                        if (visitedFragments.Add(spread.Name.Value) && fragments.TryGetValue(spread.Name.Value, out var fragment))
                        {
                            Visit(fragment.SelectionSet);
                        }

                        break;
                }
            }
        }

        void AddConditions(IReadOnlyList<DirectiveNode> directives)
        {
            foreach (var directive in directives)
            {
                if (directive.Name.Value is not ("skip" or "include"))
                {
                    continue;
                }

                foreach (var argument in directive.Arguments)
                {
                    if (argument.Name.Value == "if" && argument.Value is VariableNode variable
                        && !conditions.Exists(c => c.VariableName == variable.Name.Value))
                    {
                        conditions.Add(new IncludeCondition(variable.Name.Value, conditions.Count));
                    }
                }
            }
        }
    }
}
