using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>
/// A variable may be used only where its type is allowed: the same type or a stricter one,
/// where a nullable variable may fill a non-null position if the variable or the position has
/// a default value (spec 5.8.5 All Variable Usages Are Allowed).
/// </summary>
public sealed class VariablesInAllowedPositionRule(ValidationContext context) : ValidationVisitor
{
    private readonly Dictionary<string, VariableDefinitionNode> _definitions = new(StringComparer.Ordinal);

    public override void EnterOperationDefinition(OperationDefinitionNode node) => _definitions.Clear();

    public override void EnterVariableDefinition(VariableDefinitionNode node) =>
        _definitions[node.Variable.Name.Value] = node;

    public override void LeaveOperationDefinition(OperationDefinitionNode node)
    {
        var usages = context.GetRecursiveVariableUsages(node);
        for (var i = 0; i < usages.Count; i++)
        {
            var (usage, locationType, locationDefault) = usages[i];
            var name = usage.Name.Value;
            if (locationType is null || !_definitions.TryGetValue(name, out var definition))
            {
                continue;
            }

            var variableType = TypeRelations.FromAst(context.Schema, definition.Type);
            if (variableType is not null && !IsAllowed(variableType, definition.DefaultValue, locationType, locationDefault))
            {
                context.ReportError(
                    $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".",
                    definition,
                    usage);
            }
        }
    }

    private bool IsAllowed(GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, ValueNode? locationDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
            if (!hasNonNullVariableDefault && locationDefault is null)
            {
                return false;
            }

            return TypeRelations.IsTypeSubTypeOf(context.Schema, variableType, nonNullLocation.OfType);
        }

        return TypeRelations.IsTypeSubTypeOf(context.Schema, variableType, locationType);
    }
}
