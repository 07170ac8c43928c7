using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.Support.ValidationAssert;

namespace MentorGraph.GraphQL.Tests.Validation;

public sealed class NoFragmentCyclesRuleTests
{
    private static NoFragmentCyclesRule Rule(ValidationContext context) => new(context);

    [Fact]
    public void SingleReferenceIsValid() => Valid(Rule, """
        fragment fragA on Dog { ...fragB }
        fragment fragB on Dog { name }
        """);

    [Fact]
    public void SpreadingTwiceIsNotCircular() => Valid(Rule, """
        fragment fragA on Dog { ...fragB, ...fragB }
        fragment fragB on Dog { name }
        """);

    [Fact]
    public void SpreadingTwiceIndirectlyIsNotCircular() => Valid(Rule, """
        fragment fragA on Dog { ...fragB, ...fragC }
        fragment fragB on Dog { ...fragC }
        fragment fragC on Dog { name }
        """);

    [Fact]
    public void DoubleSpreadWithinAbstractTypes_IsValid() => Valid(Rule, """
        fragment nameFragment on Pet { ... on Dog { name } ... on Cat { name } }
        fragment spreadsInAnon on Pet { ... on Dog { ...nameFragment } ... on Cat { ...nameFragment } }
        """);

    [Fact]
    public void UnknownFragment_IsIgnored() => Valid(Rule, "fragment nameFragment on Pet { ...UnknownFragment }");

    [Fact]
    public void SpreadingItselfDirectly_IsRejected() => Errors(Rule, "fragment fragA on Human { ...fragA }",
        Error("Cannot spread fragment \"fragA\" within itself.", (1, 27)));

    [Fact]
    public void SpreadingItselfDirectlyWithinInlineFragment_IsRejected() => Errors(Rule, "fragment fragA on Pet { ... on Dog { ...fragA } }",
        Error("Cannot spread fragment \"fragA\" within itself.", (1, 38)));

    [Fact]
    public void SpreadingItselfInASubselection_IsRejected() => Errors(Rule, "fragment fragA on Dog { mother { ...fragA } }",
        Error("Cannot spread fragment \"fragA\" within itself.", (1, 34)));

    [Fact]
    public void SpreadingEachOther_IsRejectedOnce() => Errors(Rule, """
        fragment fragA on Dog { ...fragB }
        fragment fragB on Dog { ...fragA }
        """,
        Error("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (1, 25), (2, 25)));

    [Fact]
    public void SpreadingEachOther_IsReportedFromTheFirstDefinition() => Errors(Rule, """
        fragment fragB on Dog { ...fragA }
        fragment fragA on Dog { ...fragB }
        """,
        Error("Cannot spread fragment \"fragB\" within itself via \"fragA\".", (1, 25), (2, 25)));

    [Fact]
    public void SpreadingDeeply_ReportsEachCycleWithItsPath() => Errors(Rule, """
        fragment fragA on Dog { ...fragB }
        fragment fragB on Dog { ...fragC }
        fragment fragC on Dog { ...fragO }
        fragment fragX on Dog { ...fragY }
        fragment fragY on Dog { ...fragZ }
        fragment fragZ on Dog { ...fragO }
        fragment fragO on Dog { ...fragP }
        fragment fragP on Dog { ...fragA, ...fragX }
        """,
        Error("Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\", \"fragO\", \"fragP\".", (1, 25), (2, 25), (3, 25), (7, 25), (8, 25)),
        Error("Cannot spread fragment \"fragO\" within itself via \"fragP\", \"fragX\", \"fragY\", \"fragZ\".", (7, 25), (8, 35), (4, 25), (5, 25), (6, 25)));

    [Fact]
    public void SpreadingDeeplyTwoPaths_ReportsBoth() => Errors(Rule, """
        fragment fragA on Dog { ...fragB, ...fragC }
        fragment fragB on Dog { ...fragA }
        fragment fragC on Dog { ...fragA }
        """,
        Error("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (1, 25), (2, 25)),
        Error("Cannot spread fragment \"fragA\" within itself via \"fragC\".", (1, 35), (3, 25)));

    [Fact]
    public void SpreadingDeeplyTwoPathsFromAnotherFragment_ReportsBoth() => Errors(Rule, """
        fragment fragA on Dog { ...fragC }
        fragment fragB on Dog { ...fragC }
        fragment fragC on Dog { ...fragA, ...fragB }
        """,
        Error("Cannot spread fragment \"fragA\" within itself via \"fragC\".", (1, 25), (3, 25)),
        Error("Cannot spread fragment \"fragC\" within itself via \"fragB\".", (3, 35), (2, 25)));

    [Fact]
    public void SpreadingItselfDeeplyAndImmediately_ReportsBoth() => Errors(Rule, """
        fragment fragA on Dog { ...fragB }
        fragment fragB on Dog { ...fragB, ...fragC }
        fragment fragC on Dog { ...fragA, ...fragB }
        """,
        Error("Cannot spread fragment \"fragB\" within itself.", (2, 25)),
        Error("Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\".", (1, 25), (2, 35), (3, 25)),
        Error("Cannot spread fragment \"fragB\" within itself via \"fragC\".", (2, 35), (3, 35)));

    [Fact]
    public void LongChain_DoesNotOverflow()
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < 1200; i++)
        {
            builder.Append("fragment f").Append(i).Append(" on Dog { ...f").Append(i + 1).Append(" }\n");
        }

        builder.Append("fragment f1200 on Dog { name }\n");
        Valid(Rule, builder.ToString());
    }
}
