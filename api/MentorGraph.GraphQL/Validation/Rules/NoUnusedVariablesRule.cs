using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>
/// Every variable an operation defines must be used by it, directly or in the fragments it
/// spreads (spec 5.8.4 All Variables Used).
/// </summary>
public sealed class NoUnusedVariablesRule(ValidationContext context) : ValidationVisitor
{
    public override void LeaveOperationDefinition(OperationDefinitionNode node)
    {
        if (node.VariableDefinitions.Count == 0)
        {
            return;
        }

        var usages = context.GetRecursiveVariableUsages(node);
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < usages.Count; i++)
        {
            used.Add(usages[i].Node.Name.Value);
        }

        foreach (var definition in node.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            if (!used.Contains(name))
            {
                var message = node.Name is { } operationName
                    ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                    : $"Variable \"${name}\" is never used.";
                context.ReportError(message, definition);
            }
        }
    }
}
