using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>
/// A variable's type must be an input type: a scalar, enum or input object, possibly wrapped
/// (spec 5.8.2 Variables Are Input Types).
/// </summary>
public sealed class VariablesAreInputTypesRule(ValidationContext context) : ValidationVisitor
{
    public override void EnterVariableDefinition(VariableDefinitionNode node)
    {
        var type = TypeRelations.FromAst(context.Schema, node.Type);
        if (type is not null && !type.IsInputType)
        {
            context.ReportError(
                $"Variable \"${node.Variable.Name.Value}\" cannot be non-input type \"{TypeRelations.Print(node.Type)}\".",
                node.Type);
        }
    }
}
