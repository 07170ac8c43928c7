using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>
/// Every variable an operation uses, directly or in the fragments it spreads, must be defined
/// by that operation (spec 5.8.3 All Variable Uses Defined).
/// </summary>
public sealed class NoUndefinedVariablesRule(ValidationContext context) : ValidationVisitor
{
    private readonly HashSet<string> _defined = new(StringComparer.Ordinal);

    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        _defined.Clear();
        foreach (var definition in node.VariableDefinitions)
        {
            _defined.Add(definition.Variable.Name.Value);
        }
    }

    public override void LeaveOperationDefinition(OperationDefinitionNode node)
    {
        var usages = context.GetRecursiveVariableUsages(node);
        for (var i = 0; i < usages.Count; i++)
        {
            var usage = usages[i].Node;
            var name = usage.Name.Value;
            if (!_defined.Contains(name))
            {
                var message = node.Name is { } operationName
                    ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                    : $"Variable \"${name}\" is not defined.";
                context.ReportError(message, usage, node);
            }
        }
    }
}
