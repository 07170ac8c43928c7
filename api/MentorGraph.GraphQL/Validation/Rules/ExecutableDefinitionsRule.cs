using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>
/// A document to execute may contain only operations and fragments, not type system
/// definitions or extensions (spec 5.1.1 Executable Definitions).
/// </summary>
public sealed class ExecutableDefinitionsRule(ValidationContext context) : ValidationVisitor
{
    public override void EnterDocument(DocumentNode node)
    {
        var definitions = node.Definitions;
        for (var i = 0; i < definitions.Count; i++)
        {
            var definition = definitions[i];
            if (definition is ExecutableDefinitionNode)
            {
                continue;
            }

            var name = definition switch
            {
                SchemaDefinitionNode or SchemaExtensionNode => "schema",
                TypeDefinitionNode type => $"\"{type.Name.Value}\"",
                TypeExtensionNode extension => $"\"{extension.Name.Value}\"",
                DirectiveDefinitionNode directive => $"\"{directive.Name.Value}\"",
                _ => "\"" + definition.Kind + "\"",
            };
            context.ReportError($"The {name} definition is not executable.", definition);
        }
    }
}
