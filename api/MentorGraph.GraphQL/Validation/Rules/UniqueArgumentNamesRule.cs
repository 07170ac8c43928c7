using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>
/// A field or directive must not be given two arguments with the same name
/// (spec 5.4.2 Argument Uniqueness).
/// </summary>
public sealed class UniqueArgumentNamesRule(ValidationContext context) : ValidationVisitor
{
    public override void EnterField(FieldNode node) => Check(node.Arguments);

    public override void EnterDirective(DirectiveNode node) => Check(node.Arguments);

    private void Check(IReadOnlyList<ArgumentNode> arguments)
    {
        if (arguments.Count < 2)
        {
            return;
        }

        Dictionary<string, List<SyntaxNode?>>? duplicates = null;
        for (var i = 1; i < arguments.Count; i++)
        {
            var name = arguments[i].Name.Value;
            for (var j = 0; j < i; j++)
            {
                if (arguments[j].Name.Value == name)
                {
                    duplicates ??= new Dictionary<string, List<SyntaxNode?>>(StringComparer.Ordinal);
                    break;
                }
            }
        }

        if (duplicates is null)
        {
            return;
        }

        var order = new List<string>();
        foreach (var argument in arguments)
        {
            var name = argument.Name.Value;
            if (!duplicates.TryGetValue(name, out var nodes))
            {
                duplicates[name] = nodes = [];
                order.Add(name);
            }

            nodes.Add(argument.Name);
        }

        foreach (var name in order)
        {
            var nodes = duplicates[name];
            if (nodes.Count > 1)
            {
                context.ReportError($"There can be only one argument named \"{name}\".", [.. nodes]);
            }
        }
    }
}
