using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>
/// Every argument given to a field or directive must be defined by it
/// (spec 5.4.1 Argument Names).
/// </summary>
public sealed class KnownArgumentNamesRule(ValidationContext context) : ValidationVisitor
{
    private int _directiveDepth;

    public override void EnterDirective(DirectiveNode node)
    {
        _directiveDepth++;
        if (context.Directive is not { } directive)
        {
            return;
        }

        foreach (var argument in node.Arguments)
        {
            var name = argument.Name.Value;
            if (directive.GetArgument(name) is null)
            {
                var suggestions = Suggestions.List(name, directive.Arguments.Select(a => a.Name));
                context.ReportError(
                    $"Unknown argument \"{name}\" on directive \"@{directive.Name}\"." + Suggestions.DidYouMean(suggestions),
                    argument);
            }
        }
    }

    public override void LeaveDirective(DirectiveNode node) => _directiveDepth--;

    public override void EnterArgument(ArgumentNode node)
    {
        if (_directiveDepth > 0 || context.Argument is not null
            || context.FieldDefinition is not { } field || context.ParentType is not { } parentType)
        {
            return;
        }

        var name = node.Name.Value;
        var suggestions = Suggestions.List(name, field.Arguments.Select(a => a.Name));
        context.ReportError(
            $"Unknown argument \"{name}\" on field \"{parentType.Name}.{field.Name}\"." + Suggestions.DidYouMean(suggestions),
            node);
    }
}
