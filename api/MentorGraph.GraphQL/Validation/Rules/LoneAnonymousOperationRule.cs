using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>
/// An anonymous operation is allowed only when it is the document's only operation
/// (spec 5.2.2.1 Lone Anonymous Operation).
/// </summary>
public sealed class LoneAnonymousOperationRule(ValidationContext context) : ValidationVisitor
{
    private int _operationCount;

    public override void EnterDocument(DocumentNode node)
    {
        var definitions = node.Definitions;
        for (var i = 0; i < definitions.Count; i++)
        {
            if (definitions[i] is OperationDefinitionNode)
            {
                _operationCount++;
            }
        }
    }

    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        if (node.Name is null && _operationCount > 1)
        {
            context.ReportError("This anonymous operation must be the only defined operation.", node);
        }
    }
}
