using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>
/// An operation must not define two variables with the same name
/// (spec 5.8.1 Variable Uniqueness).
/// </summary>
public sealed class UniqueVariableNamesRule(ValidationContext context) : ValidationVisitor
{
    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        var definitions = node.VariableDefinitions;
        if (definitions.Count < 2)
        {
            return;
        }

        var groups = new Dictionary<string, List<SyntaxNode?>>(StringComparer.Ordinal);
        var order = new List<string>();
        for (var i = 0; i < definitions.Count; i++)
        {
            var name = definitions[i].Variable.Name;
            if (!groups.TryGetValue(name.Value, out var nodes))
            {
                groups[name.Value] = nodes = [];
                order.Add(name.Value);
            }

            nodes.Add(name);
        }

        foreach (var name in order)
        {
            var nodes = groups[name];
            if (nodes.Count > 1)
            {
                context.ReportError($"There can be only one variable named \"${name}\".", [.. nodes]);
            }
        }
    }
}
