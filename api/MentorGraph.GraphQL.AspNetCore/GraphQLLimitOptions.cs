using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Limits;

namespace MentorGraph.GraphQL.AspNetCore;

/// <summary>
/// Limits against abuse (<c>GraphQL:Limits</c>): parser limits, the validation error cap, and
/// the <see cref="OperationLimits"/> checked once per compiled operation. Zero or less turns an
/// operation limit off. Each refusal is a GraphQL error whose code names the limit.
/// </summary>
public sealed class GraphQLLimitOptions
{
    /// <summary>The most lexical tokens a document may have.</summary>
    public int MaxTokens { get; set; } = 15000;

    /// <summary>How deep selection sets, values and types may nest in the parsed document.</summary>
    public int MaxParserDepth { get; set; } = 200;

    /// <summary>How many validation errors are reported before validation stops.</summary>
    public int MaxValidationErrors { get; set; } = ValidationOptions.DefaultMaxErrors;

    public int MaxDepth { get; set; } = OperationLimits.Default.MaxDepth ?? 0;

    public int MaxFields { get; set; } = OperationLimits.Default.MaxFields ?? 0;

    public int MaxAliases { get; set; } = OperationLimits.Default.MaxAliases ?? 0;

    public double MaxCost { get; set; } = OperationLimits.Default.MaxCost ?? 0;

    /// <summary>The number of items assumed for a list field without <c>@listSize</c>, for cost analysis.</summary>
    public int DefaultListSize { get; set; } = OperationLimits.Default.DefaultListSize;

    internal OperationLimits ToOperationLimits() => new()
    {
        MaxDepth = MaxDepth > 0 ? MaxDepth : null,
        MaxFields = MaxFields > 0 ? MaxFields : null,
        MaxAliases = MaxAliases > 0 ? MaxAliases : null,
        MaxCost = MaxCost > 0 ? MaxCost : null,
        DefaultListSize = DefaultListSize,
    };
}
