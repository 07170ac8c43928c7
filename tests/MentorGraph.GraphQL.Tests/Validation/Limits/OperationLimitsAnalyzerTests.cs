using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Tests.Validation.Support;
using MentorGraph.GraphQL.Validation.Limits;

namespace MentorGraph.GraphQL.Tests.Validation.Limits;

public sealed class OperationLimitsAnalyzerTests
{
    private static OperationLimitsResult Analyze(string document, OperationLimits? limits = null, string? operationName = null, IReadOnlyDictionary<string, object?>? variables = null) =>
        OperationLimitsAnalyzer.Analyze(HarnessSchema.Instance, Parser.Parse(document), operationName, variables, limits);

    [Fact]
    public void SmallQuery_IsAllowedAndMeasured()
    {
        var result = Analyze("{ dog { name owner: nickname mother { name } } }");
        Assert.True(result.IsAllowed);
        Assert.Equal(new OperationMetrics(3, 5, 1, 2), result.Metrics);
    }

    [Fact]
    public void Fields_AreCountedAfterFragmentExpansion()
    {
        var result = Analyze("""
            { a: dog { ...D } b: dog { ...D } }
            fragment D on Dog { name barks mother { name } }
            """);
        Assert.Equal(2 + (2 * 4), result.Metrics.FieldCount);
        Assert.Equal(2, result.Metrics.AliasCount);
        Assert.Equal(3, result.Metrics.Depth);
    }

    [Fact]
    public void TooDeep_IsRefusedWithLimitAndValue()
    {
        var result = Analyze("{ dog { mother { mother { mother { name } } } } }", new OperationLimits { MaxDepth = 4 });
        var error = Assert.Single(result.Errors);
        Assert.Equal("The operation has a depth of 5, which exceeds the maximum depth of 4.", error.Message);
        Assert.Equal(ErrorCodes.MaxDepthExceeded, error.Code);
        Assert.Equal(4, error.Extensions!["limit"]);
        Assert.Equal(5, error.Extensions!["value"]);
        Assert.Equal(new ErrorLocation(1, 1), Assert.Single(error.Locations!));
    }

    [Fact]
    public void DepthThroughFragments_IsCounted()
    {
        var result = Analyze("""
            { dog { ...M } }
            fragment M on Dog { mother { ...N } }
            fragment N on Dog { mother { name } }
            """, new OperationLimits { MaxDepth = 3 });
        Assert.Equal(ErrorCodes.MaxDepthExceeded, Assert.Single(result.Errors).Code);
        Assert.Equal(4, result.Metrics.Depth);
    }

    [Fact]
    public void TooManyFields_IsRefused()
    {
        var result = Analyze("{ dog { name nickname barks } }", new OperationLimits { MaxFields = 3 });
        var error = Assert.Single(result.Errors);
        Assert.Equal("The operation selects 4 fields, which exceeds the maximum of 3.", error.Message);
        Assert.Equal(ErrorCodes.MaxFieldsExceeded, error.Code);
    }

    [Fact]
    public void TooManyAliases_IsRefused()
    {
        var result = Analyze("{ a: dog { name } b: dog { name } c: dog { n: name } }", new OperationLimits { MaxAliases = 3 });
        var error = Assert.Single(result.Errors);
        Assert.Equal("The operation uses 4 aliases, which exceeds the maximum of 3.", error.Message);
        Assert.Equal(ErrorCodes.MaxAliasesExceeded, error.Code);
    }

    [Fact]
    public void AliasesMultipliedByFragments_AreCounted()
    {
        var result = Analyze("""
            { ...Q ...Q2 }
            fragment Q on QueryRoot { a: dog { ...D } b: dog { ...D } }
            fragment Q2 on QueryRoot { c: dog { ...D } }
            fragment D on Dog { x: name y: name }
            """, new OperationLimits { MaxAliases = 8 });
        Assert.Equal(9, result.Metrics.AliasCount);
        Assert.Equal(ErrorCodes.MaxAliasesExceeded, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void TooCostly_IsRefused()
    {
        var result = Analyze("{ human { pets { name } relatives { pets { name } } } }", new OperationLimits { MaxCost = 100 });
        Assert.Equal(1 + 10 + (10 * (1 + 10)), result.Metrics.Cost);
        var error = Assert.Single(result.Errors);
        Assert.Equal("The operation has a cost of 121, which exceeds the maximum cost of 100.", error.Message);
        Assert.Equal(ErrorCodes.CostLimitExceeded, error.Code);
    }

    [Fact]
    public void EveryExceededLimit_IsReported()
    {
        var result = Analyze("{ a: dog { mother { name } } }", new OperationLimits { MaxDepth = 1, MaxFields = 1, MaxAliases = 0, MaxCost = 0 });
        Assert.Equal(
            [ErrorCodes.MaxDepthExceeded, ErrorCodes.MaxFieldsExceeded, ErrorCodes.MaxAliasesExceeded, ErrorCodes.CostLimitExceeded],
            result.Errors.Select(e => e.Code));
    }

    [Fact]
    public void NoLimits_StillMeasures()
    {
        var result = Analyze("{ dog { mother { mother { name } } } }", OperationLimits.None);
        Assert.True(result.IsAllowed);
        Assert.Equal(4, result.Metrics.Depth);
    }

    [Fact]
    public void DefaultLimits_AreSafe()
    {
        Assert.Equal(15, OperationLimits.Default.MaxDepth);
        Assert.Equal(1000, OperationLimits.Default.MaxFields);
        Assert.Equal(30, OperationLimits.Default.MaxAliases);
        Assert.Equal(5000, OperationLimits.Default.MaxCost);
    }

    [Fact]
    public void OnlyTheNamedOperation_IsAnalyzed()
    {
        var result = Analyze("""
            query Small { dog { name } }
            query Deep { dog { mother { mother { name } } } }
            """, new OperationLimits { MaxDepth = 2 }, "Small");
        Assert.True(result.IsAllowed);
    }

    [Fact]
    public void FragmentCycles_DoNotHang()
    {
        var result = Analyze("""
            { dog { ...A } }
            fragment A on Dog { name ...B }
            fragment B on Dog { mother { ...A } }
            """);
        Assert.Equal(2, result.Metrics.Depth);
    }

    [Fact]
    public void ExponentialFragments_AreMeasuredQuicklyAndRefused()
    {
        var document = new System.Text.StringBuilder("{ dog { ...F0 } }\n");
        for (var i = 0; i < 70; i++)
        {
            document.Append("fragment F").Append(i).Append(" on Dog { mother { ...F").Append(i + 1).Append(" } father { ...F").Append(i + 1).Append(" } }\n");
        }

        document.Append("fragment F70 on Dog { name }\n");
        var result = Analyze(document.ToString());
        Assert.Equal(long.MaxValue, result.Metrics.FieldCount);
        Assert.Contains(result.Errors, e => e.Code == ErrorCodes.MaxFieldsExceeded);
        Assert.Contains(result.Errors, e => e.Code == ErrorCodes.MaxDepthExceeded);
    }

    [Fact]
    public void IntrospectionQuery_IsWithinTheDefaults()
    {
        var result = Analyze(IntrospectionQuery.Text);
        Assert.True(result.IsAllowed, string.Join("\n", result.Errors.Select(e => e.Message)));
    }
}
