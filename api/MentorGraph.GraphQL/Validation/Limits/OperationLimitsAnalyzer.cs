using System.Globalization;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Validation.Limits;

/// <summary>
/// Checks a validated operation against <see cref="OperationLimits"/>: depth, field count and
/// aliases (which depend only on the document) and cost (which may depend on variables that
/// slicing arguments use). Each exceeded limit gives one error naming the limit and the value
/// found, with the code clients can switch on.
/// </summary>
public static class OperationLimitsAnalyzer
{
    /// <summary>
    /// Analyzes the operation named <paramref name="operationName"/>, or every operation of the
    /// document when no name is given (the executor reports an ambiguous or unknown name).
    /// </summary>
    public static OperationLimitsResult Analyze(
        Schema schema,
        DocumentNode document,
        string? operationName = null,
        IReadOnlyDictionary<string, object?>? variables = null,
        OperationLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        limits ??= OperationLimits.Default;

        var errors = new List<GraphQLError>();
        var metrics = OperationMetrics.Empty;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation
                || (operationName is not null && operation.Name?.Value != operationName))
            {
                continue;
            }

            var shape = OperationShapeAnalyzer.Measure(document, operation);
            var cost = CostAnalyzer.Calculate(schema, document, operation, variables, limits.DefaultListSize);
            errors.AddRange(cost.Errors);

            if (limits.MaxDepth is { } maxDepth && shape.Depth > maxDepth)
            {
                errors.Add(LimitError($"The operation has a depth of {shape.Depth}, which exceeds the maximum depth of {maxDepth}.", ErrorCodes.MaxDepthExceeded, maxDepth, shape.Depth, operation));
            }

            if (limits.MaxFields is { } maxFields && shape.FieldCount > maxFields)
            {
                errors.Add(LimitError($"The operation selects {shape.FieldCount} fields, which exceeds the maximum of {maxFields}.", ErrorCodes.MaxFieldsExceeded, maxFields, shape.FieldCount, operation));
            }

            if (limits.MaxAliases is { } maxAliases && shape.AliasCount > maxAliases)
            {
                errors.Add(LimitError($"The operation uses {shape.AliasCount} aliases, which exceeds the maximum of {maxAliases}.", ErrorCodes.MaxAliasesExceeded, maxAliases, shape.AliasCount, operation));
            }

            if (limits.MaxCost is { } maxCost && cost.Cost > maxCost)
            {
                errors.Add(LimitError($"The operation has a cost of {Format(cost.Cost)}, which exceeds the maximum cost of {Format(maxCost)}.", ErrorCodes.CostLimitExceeded, maxCost, cost.Cost, operation));
            }

            metrics = new OperationMetrics(
                Math.Max(metrics.Depth, shape.Depth),
                Math.Max(metrics.FieldCount, shape.FieldCount),
                Math.Max(metrics.AliasCount, shape.AliasCount),
                Math.Max(metrics.Cost, cost.Cost));
        }

        return new OperationLimitsResult(metrics, errors);
    }

    private static GraphQLError LimitError(string message, string code, object limit, object value, SyntaxNode node)
    {
        var locations = node.Location is { } location ? new[] { new ErrorLocation(location.Line, location.Column) } : null;
        return new GraphQLError(message, locations, extensions: new Dictionary<string, object?>
        {
            ["code"] = code,
            ["limit"] = limit,
            ["value"] = value,
        });
    }

    private static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
