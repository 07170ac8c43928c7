namespace MentorGraph.GraphQL.Types;

/// <summary>
/// A schema builder was asked to produce a schema that breaks the type-system rules (spec 3
/// "Type Validation"). <see cref="Errors"/> lists every problem, with SDL locations when the
/// schema came from SDL; the message lists them too, one a line.
/// </summary>
public sealed class SchemaValidationException(IReadOnlyList<GraphQLError> errors)
    : Exception(FormatMessage(errors))
{
    public IReadOnlyList<GraphQLError> Errors { get; } = errors;

    private static string FormatMessage(IReadOnlyList<GraphQLError> errors) =>
        "The schema is invalid:" + string.Concat(errors.Select(error =>
            "\n- " + error.Message + (error.Locations is { Count: > 0 } locations
                ? " (" + string.Join(", ", locations.Select(location => $"{location.Line}:{location.Column}")) + ")"
                : string.Empty)));
}
