using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>
/// Every argument that is non-null and has no default value must be given to the field or
/// directive (spec 5.4.2.1 Required Arguments).
/// </summary>
public sealed class ProvidedRequiredArgumentsRule(ValidationContext context) : ValidationVisitor
{
    public override void LeaveField(FieldNode node)
    {
        if (context.FieldDefinition is not { } field)
        {
            return;
        }

        foreach (var argument in field.Arguments)
        {
            if (argument.IsRequired && !IsProvided(node.Arguments, argument.Name))
            {
                context.ReportError(
                    $"Field \"{field.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.",
                    node);
            }
        }
    }

    public override void LeaveDirective(DirectiveNode node)
    {
        if (context.Schema.GetDirective(node.Name.Value) is not { } directive)
        {
            return;
        }

        foreach (var argument in directive.Arguments)
        {
            if (argument.IsRequired && !IsProvided(node.Arguments, argument.Name))
            {
                context.ReportError(
                    $"Directive \"@{directive.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.",
                    node);
            }
        }
    }

    private static bool IsProvided(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
