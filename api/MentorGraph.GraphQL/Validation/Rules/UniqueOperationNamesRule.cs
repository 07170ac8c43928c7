using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>
/// Each named operation must have a name no other operation of the document has
/// (spec 5.2.1.1 Operation Name Uniqueness).
/// </summary>
public sealed class UniqueOperationNamesRule(ValidationContext context) : ValidationVisitor
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        if (node.Name is not { } name)
        {
            return;
        }

        if (_known.TryGetValue(name.Value, out var first))
        {
            context.ReportError($"There can be only one operation named \"{name.Value}\".", first, name);
        }
        else
        {
            _known.Add(name.Value, name);
        }
    }
}
