using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// When introspection is switched off, refuses an operation that selects <c>__schema</c> or
/// <c>__type</c> (spec 4 allows a service to restrict it) with <see cref="ErrorCodes.IntrospectionDisabled"/>.
/// <c>__typename</c> stays available: clients need it to read abstract types.
/// </summary>
internal sealed class IntrospectionStage(bool enabled) : IRequestStage
{
    public ValueTask InvokeAsync(RequestContext context)
    {
        if (!enabled && context.Operation!.UsesIntrospection)
        {
            context.Fail(
                RequestErrorKind.Validation,
                GraphQLError.WithCode("Introspection is not allowed for the current request.", ErrorCodes.IntrospectionDisabled, context.Operation.Plan.Operation));
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Whether the operation, through its fragments, selects <c>__schema</c> or <c>__type</c>.</summary>
    public static bool SelectsIntrospection(OperationPlan plan)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        return Visit(plan.Operation.SelectionSet);

        bool Visit(SelectionSetNode selectionSet)
        {
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field when field.Name.Value is "__schema" or "__type":
                        return true;
                    case FieldNode { SelectionSet: { } inner } when Visit(inner):
                        return true;
                    case InlineFragmentNode inline when Visit(inline.SelectionSet):
                        return true;
                    case FragmentSpreadNode spread when visited.Add(spread.Name.Value)
                        && plan.Fragments.TryGetValue(spread.Name.Value, out var fragment) && Visit(fragment.SelectionSet):
                        return true;
                }
            }

            return false;
        }
    }
}
