using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>
/// A subscription must select exactly one root field, and it must not be an introspection
/// field (spec 5.2.3.1 Single root field). Root fields are collected as CollectFields does,
/// through fragments whose type condition applies; with no variable values at validation
/// time, a literal <c>@skip(if: true)</c> or <c>@include(if: false)</c> removes a selection and
/// one that depends on a variable is counted, since it may be selected.
/// </summary>
public sealed class SingleFieldSubscriptionsRule(ValidationContext context) : ValidationVisitor
{
    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        if (node.Operation != OperationType.Subscription || context.Schema.SubscriptionType is not { } subscriptionType)
        {
            return;
        }

        var groups = new List<KeyValuePair<string, List<FieldNode>>>();
        CollectFields(subscriptionType, node.SelectionSet, groups, new HashSet<string>(StringComparer.Ordinal));

        var prefix = node.Name is { } name ? $"Subscription \"{name.Value}\"" : "Anonymous Subscription";
        if (groups.Count > 1)
        {
            var extra = new List<SyntaxNode?>();
            for (var i = 1; i < groups.Count; i++)
            {
                extra.AddRange(groups[i].Value);
            }

            context.ReportError($"{prefix} must select only one top level field.", [.. extra]);
        }

        foreach (var (_, fields) in groups)
        {
            if (fields[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                context.ReportError($"{prefix} must not select an introspection top level field.", [.. fields]);
            }
        }
    }

    private void CollectFields(ObjectType rootType, SelectionSetNode selectionSet, List<KeyValuePair<string, List<FieldNode>>> groups, HashSet<string> visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field when IsIncluded(field.Directives):
                    var key = field.Alias?.Value ?? field.Name.Value;
                    var index = groups.FindIndex(group => group.Key == key);
                    if (index < 0)
                    {
                        groups.Add(new(key, [field]));
                    }
                    else
                    {
                        groups[index].Value.Add(field);
                    }

                    break;
                case InlineFragmentNode inline when IsIncluded(inline.Directives) && Applies(rootType, inline.TypeCondition):
                    CollectFields(rootType, inline.SelectionSet, groups, visitedFragments);
                    break;
                case FragmentSpreadNode spread when IsIncluded(spread.Directives) && visitedFragments.Add(spread.Name.Value):
                    if (context.GetFragment(spread.Name.Value) is { } fragment && Applies(rootType, fragment.TypeCondition))
                    {
                        CollectFields(rootType, fragment.SelectionSet, groups, visitedFragments);
                    }

                    break;
            }
        }
    }

    private bool Applies(ObjectType rootType, NamedTypeNode? typeCondition)
    {
        if (typeCondition is null)
        {
            return true;
        }

        var type = context.Schema.GetType(typeCondition.Name.Value);
        return type is not null && (type.Name == rootType.Name || (TypeRelations.IsAbstractType(type) && context.Schema.IsSubType(type, rootType)));
    }

    private static bool IsIncluded(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            if (directive.Arguments.Count == 1 && directive.Arguments[0] is { Name.Value: "if", Value: BooleanValueNode condition })
            {
                if ((directive.Name.Value == "skip" && condition.Value) || (directive.Name.Value == "include" && !condition.Value))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
