using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>
/// Each fragment definition must have a name no other fragment of the document has
/// (spec 5.5.1.1 Fragment Name Uniqueness).
/// </summary>
public sealed class UniqueFragmentNamesRule(ValidationContext context) : ValidationVisitor
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override void EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        var name = node.Name;
        if (_known.TryGetValue(name.Value, out var first))
        {
            context.ReportError($"There can be only one fragment named \"{name.Value}\".", first, name);
        }
        else
        {
            _known.Add(name.Value, name);
        }
    }
}
