namespace MentorGraph.GraphQL.Validation.Limits;

/// <summary>
/// Bounds on the size and cost of an operation, checked after validation and before
/// execution so that one request cannot make the server do unbounded work. Null disables a
/// limit. The defaults admit any ordinary query, including the introspection query of
/// graphql-js and GraphiQL.
/// </summary>
public sealed class OperationLimits
{
    /// <summary>The limits applied when none are configured.</summary>
    public static OperationLimits Default { get; } = new();

    /// <summary>No limits: metrics are still computed (for logging and extensions) but nothing is refused.</summary>
    public static OperationLimits None { get; } = new() { MaxDepth = null, MaxFields = null, MaxAliases = null, MaxCost = null };

    /// <summary>How deeply fields may nest; a root field is at depth 1.</summary>
    public int? MaxDepth { get; init; } = 15;

    /// <summary>How many field selections the operation may make once fragments are expanded.</summary>
    public int? MaxFields { get; init; } = 1000;

    /// <summary>How many aliased field selections the operation may make once fragments are expanded.</summary>
    public int? MaxAliases { get; init; } = 30;

    /// <summary>The highest estimated cost (see <see cref="CostAnalyzer"/>) an operation may have.</summary>
    public double? MaxCost { get; init; } = 5000;

    /// <summary>The number of items assumed for a list field that has no <c>@listSize</c> and no slicing argument.</summary>
    public int DefaultListSize { get; init; } = 10;
}
