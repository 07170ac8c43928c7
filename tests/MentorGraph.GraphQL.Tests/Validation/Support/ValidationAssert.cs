using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Types;
using MentorGraph.GraphQL.Validation;

namespace MentorGraph.GraphQL.Tests.Validation.Support;

/// <summary>Runs one rule (or all) over a document and compares the errors with the expected messages and locations.</summary>
internal static class ValidationAssert
{
    public static IReadOnlyList<GraphQLError> Validate(ValidationRule rule, string document, Schema? schema = null) =>
        DocumentValidator.Validate(schema ?? HarnessSchema.Instance, Parser.Parse(document), new ValidationOptions { Rules = [rule] });

    public static void Valid(ValidationRule rule, string document, Schema? schema = null)
    {
        var errors = Validate(rule, document, schema);
        Assert.True(errors.Count == 0, "Expected no errors, got:\n" + Format(errors));
    }

    /// <summary>Each expected error is a message and its locations as (line, column) pairs.</summary>
    public static void Errors(ValidationRule rule, string document, params ExpectedError[] expected) =>
        ErrorsIn(null, rule, document, expected);

    public static void ErrorsIn(Schema? schema, ValidationRule rule, string document, params ExpectedError[] expected)
    {
        var errors = Validate(rule, document, schema);
        var actual = Format(errors);
        var wanted = string.Join("\n", expected.Select(e => e.ToString()));
        Assert.Equal(wanted, actual);
        Assert.All(errors, error => Assert.Equal(ErrorCodes.ValidationFailed, error.Code));
    }

    public static ExpectedError Error(string message, params (int Line, int Column)[] locations) => new(message, locations);

    private static string Format(IReadOnlyList<GraphQLError> errors) =>
        string.Join("\n", errors.Select(e => new ExpectedError(e.Message, (e.Locations ?? []).Select(l => (l.Line, l.Column)).ToArray()).ToString()));
}

internal sealed record ExpectedError(string Message, (int Line, int Column)[] Locations)
{
    public override string ToString() => Message + " @ " + string.Join(", ", Locations.Select(l => $"{l.Line}:{l.Column}"));
}
