using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>
/// Every fragment definition must be used by some operation of the document, directly or
/// through other fragments (spec 5.5.1.4 Fragments Must Be Used).
/// </summary>
public sealed class NoUnusedFragmentsRule(ValidationContext context) : ValidationVisitor
{
    public override void LeaveDocument(DocumentNode node)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var definitions = node.Definitions;
        for (var i = 0; i < definitions.Count; i++)
        {
            if (definitions[i] is OperationDefinitionNode operation)
            {
                var fragments = context.GetRecursivelyReferencedFragments(operation);
                for (var j = 0; j < fragments.Count; j++)
                {
                    used.Add(fragments[j].Name.Value);
                }
            }
        }

        for (var i = 0; i < definitions.Count; i++)
        {
            if (definitions[i] is FragmentDefinitionNode fragment && !used.Contains(fragment.Name.Value))
            {
                context.ReportError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
            }
        }
    }
}
