namespace MentorGraph.GraphQL.Utilities;

/// <summary>How <see cref="SchemaPrinter"/> prints a schema.</summary>
public sealed record SchemaPrinterOptions
{
    /// <summary>graphql-js's printSchema output: definition order, no applied directives beyond @deprecated, @specifiedBy and @oneOf.</summary>
    public static SchemaPrinterOptions Default { get; } = new();

    /// <summary>
    /// Print the directives applied to the schema, types, fields, arguments, enum values and
    /// input fields (graphql-js omits them; federation subgraphs need them, such as <c>@key</c>).
    /// </summary>
    public bool IncludeAppliedDirectives { get; init; }

    /// <summary>Sort directives, types, fields, arguments, enum values, input fields, interfaces and union members by name (graphql-js lexicographicSortSchema), so diffs show only real changes.</summary>
    public bool SortLexicographically { get; init; }
}
