using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema (spec 5 Validation): every rule runs
/// during a single walk of the document and shares one <see cref="ValidationContext"/>.
/// The result depends only on the schema and the document, so callers cache it per document.
/// </summary>
public static class DocumentValidator
{
    /// <summary>The errors found, in document order per rule; empty when the document is valid.</summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        options ??= DefaultOptions;
        var rules = options.Rules ?? SpecifiedRules.All;

        var errors = new List<GraphQLError>();
        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(schema, document, typeInfo, errors, Math.Max(0, options.MaxErrors));
        var visitors = new ValidationVisitor[rules.Count];
        for (var i = 0; i < visitors.Length; i++)
        {
            visitors[i] = rules[i](context);
        }

        try
        {
            new DocumentWalker(typeInfo, visitors).WalkDocument(document);
        }
        catch (ValidationAbortedException)
        {
            // The error limit was reached; the errors list already ends with the notice.
        }

        return errors;
    }

    private static ValidationOptions DefaultOptions { get; } = new();
}
