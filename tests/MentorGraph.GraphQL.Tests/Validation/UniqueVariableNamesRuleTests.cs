using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.Support.ValidationAssert;

namespace MentorGraph.GraphQL.Tests.Validation;

public sealed class UniqueVariableNamesRuleTests
{
    private static UniqueVariableNamesRule Rule(ValidationContext context) => new(context);

    [Fact]
    public void UniqueVariableNames_AreValid() => Valid(Rule, """
        query A($x: Int, $y: String) { __typename }
        query B($x: String, $y: Int) { __typename }
        """);

    [Fact]
    public void DuplicateVariableNames_AreRejectedOncePerName() => Errors(Rule, """
        query A($x: Int, $x: Int, $x: String) { __typename }
        query B($x: String, $x: Int) { __typename }
        query C($x: Int, $x: Int) { __typename }
        """,
        Error("There can be only one variable named \"$x\".", (1, 10), (1, 19), (1, 28)),
        Error("There can be only one variable named \"$x\".", (2, 10), (2, 22)),
        Error("There can be only one variable named \"$x\".", (3, 10), (3, 19)));
}
