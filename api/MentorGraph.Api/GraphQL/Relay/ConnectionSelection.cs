using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.Api.GraphQL.Relay;

/// <summary>
/// Which parts of a connection the query selects, so that the resolver counts rows only when
/// <c>totalCount</c> is asked for and fetches a page only when edges, nodes or pageInfo are. It
/// reads the field's selection set, through inline fragments and <c>@skip</c>/<c>@include</c>.
/// A named fragment spread cannot be followed (the resolver context carries the operation, not the
/// document's fragments), so one counts as selecting everything: never wrong, only sometimes wasteful.
/// </summary>
internal sealed record ConnectionSelection(bool TotalCount, bool Page)
{
    public static ConnectionSelection Of(IResolveFieldContext context)
    {
        var totalCount = false;
        var page = false;
        foreach (var field in context.FieldNodes)
        {
            if (field.SelectionSet is { } selectionSet)
            {
                Visit(selectionSet, context.Variables, ref totalCount, ref page);
            }
        }

        return new ConnectionSelection(totalCount, page);
    }

    private static void Visit(SelectionSetNode selectionSet, IReadOnlyDictionary<string, object?> variables, ref bool totalCount, ref bool page)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field when Included(field.Directives, variables):
                    switch (field.Name.Value)
                    {
                        case "totalCount":
                            totalCount = true;
                            break;
                        case "edges" or "nodes" or "pageInfo":
                            page = true;
                            break;
                    }

                    break;
                case InlineFragmentNode fragment when Included(fragment.Directives, variables):
                    Visit(fragment.SelectionSet, variables, ref totalCount, ref page);
                    break;
                case FragmentSpreadNode spread when Included(spread.Directives, variables):
                    totalCount = true;
                    page = true;
                    break;
            }
        }
    }

    /// <summary>Spec 3.13.2 @skip and 3.13.3 @include, with literal or variable conditions.</summary>
    private static bool Included(IReadOnlyList<DirectiveNode> directives, IReadOnlyDictionary<string, object?> variables)
    {
        foreach (var directive in directives)
        {
            var condition = directive.Arguments.FirstOrDefault(argument => argument.Name.Value == "if")?.Value switch
            {
                BooleanValueNode literal => literal.Value,
                VariableNode variable => variables.GetValueOrDefault(variable.Name.Value) as bool?,
                _ => null,
            };
            if ((directive.Name.Value == "skip" && condition == true) || (directive.Name.Value == "include" && condition == false))
            {
                return false;
            }
        }

        return true;
    }
}
