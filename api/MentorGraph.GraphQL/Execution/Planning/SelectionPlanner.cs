using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// Compiles selection sets into <see cref="SelectionSetPlan"/>s for one combination of the
/// operation's variable-dependent <c>@skip</c>/<c>@include</c> outcomes (the flags), so that
/// conditions are decided while planning and never while executing.
/// </summary>
internal sealed class SelectionPlanner
{
    private readonly OperationPlan _operation;
    private readonly ulong _flags;
    private SelectionSetPlan? _root;

    public SelectionPlanner(OperationPlan operation, ulong flags)
    {
        _operation = operation;
        _flags = flags;
    }

    public OperationPlan Operation => _operation;

    /// <summary>The plan of the operation's own selection set on its root type.</summary>
    public SelectionSetPlan Root
    {
        get
        {
            if (_root is null)
            {
                var rootType = _operation.RootType ?? throw new InvalidOperationException("The schema has no root type for this operation.");
                var plan = Build(rootType, [_operation.Operation.SelectionSet]);
                Interlocked.CompareExchange(ref _root, plan, null);
            }

            return _root!;
        }
    }

    /// <summary>Plans the merged selection sets of a field's nodes for an object type.</summary>
    public SelectionSetPlan Plan(ObjectType type, FieldNode[] nodes)
    {
        var selectionSets = new List<SelectionSetNode>(nodes.Length);
        foreach (var node in nodes)
        {
            if (node.SelectionSet is not null)
            {
                selectionSets.Add(node.SelectionSet);
            }
        }

        return Build(type, selectionSets);
    }

    private SelectionSetPlan Build(ObjectType type, IReadOnlyList<SelectionSetNode> selectionSets)
    {
        var groups = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var order = new List<string>();
        var visitedFragments = new HashSet<string>(StringComparer.Ordinal);
        foreach (var selectionSet in selectionSets)
        {
            CollectFields(type, selectionSet, groups, order, visitedFragments);
        }

        var fields = new List<FieldPlan>(order.Count);
        foreach (var responseName in order)
        {
            var nodes = groups[responseName].ToArray();
            var name = nodes[0].Name.Value;
            if (name == "__typename")
            {
                fields.Add(new FieldPlan(this, type, responseName, nodes, null, FieldKind.TypeName));
                continue;
            }

            // Spec 6.3.2 ExecuteSelectionSet: a field the type does not define is skipped
            // (validation refuses such documents; the introspection root fields are added here).
            var definition = MetaFields.Find(_operation.Schema, type, name) ?? type.GetField(name);
            if (definition is null)
            {
                continue;
            }

            fields.Add(new FieldPlan(this, type, responseName, nodes, definition, definition.Resolver is null ? FieldKind.Default : FieldKind.Resolver));
        }

        return new SelectionSetPlan(type, [.. fields]);
    }

    /// <summary>Spec 6.3.2 CollectFields: fields by response name in order, through fragments whose type condition applies.</summary>
    private void CollectFields(ObjectType type, SelectionSetNode selectionSet, Dictionary<string, List<FieldNode>> groups, List<string> order, HashSet<string> visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    if (!ShouldInclude(field.Directives))
                    {
                        continue;
                    }

                    var responseName = field.Alias?.Value ?? field.Name.Value;
                    if (!groups.TryGetValue(responseName, out var group))
                    {
                        groups[responseName] = group = [];
                        order.Add(responseName);
                    }

                    group.Add(field);
                    break;

                case FragmentSpreadNode spread:
                    if (!ShouldInclude(spread.Directives) || !visitedFragments.Add(spread.Name.Value))
                    {
                        continue;
                    }

                    if (_operation.Fragments.TryGetValue(spread.Name.Value, out var fragment) && DoesFragmentTypeApply(type, fragment.TypeCondition))
                    {
                        CollectFields(type, fragment.SelectionSet, groups, order, visitedFragments);
                    }

                    break;

                case InlineFragmentNode inline:
                    if (ShouldInclude(inline.Directives) && (inline.TypeCondition is null || DoesFragmentTypeApply(type, inline.TypeCondition)))
                    {
                        CollectFields(type, inline.SelectionSet, groups, order, visitedFragments);
                    }

                    break;
            }
        }
    }

    /// <summary>Spec 6.3.2 DoesFragmentTypeApply.</summary>
    private bool DoesFragmentTypeApply(ObjectType type, NamedTypeNode typeCondition)
    {
        var conditionType = _operation.Schema.GetType(typeCondition.Name.Value);
        return conditionType switch
        {
            ObjectType objectType => ReferenceEquals(objectType, type) || objectType.Name == type.Name,
            InterfaceType or UnionType => _operation.Schema.IsSubType(conditionType, type),
            _ => false,
        };
    }

    /// <summary>Spec 3.13.1 @skip and 3.13.2 @include: a literal decides now, a variable by its flag.</summary>
    private bool ShouldInclude(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            var isSkip = directive.Name.Value == "skip";
            if (!isSkip && directive.Name.Value != "include")
            {
                continue;
            }

            var condition = false;
            foreach (var argument in directive.Arguments)
            {
                if (argument.Name.Value != "if")
                {
                    continue;
                }

                condition = argument.Value switch
                {
                    BooleanValueNode literal => literal.Value,
                    VariableNode variable => IsFlagSet(variable.Name.Value),
                    _ => false,
                };
            }

            if (isSkip == condition)
            {
                return false;
            }
        }

        return true;
    }

    private bool IsFlagSet(string variableName)
    {
        foreach (var condition in _operation.Conditions)
        {
            if (condition.VariableName == variableName)
            {
                return condition.Bit < 64 && (_flags & (1UL << condition.Bit)) != 0;
            }
        }

        return false;
    }
}
