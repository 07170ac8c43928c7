using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.Support.ValidationAssert;

namespace MentorGraph.GraphQL.Tests.Validation;

public sealed class UniqueArgumentNamesRuleTests
{
    private static UniqueArgumentNamesRule Rule(ValidationContext context) => new(context);

    [Fact]
    public void NoArguments_IsValid() => Valid(Rule, "{ field @directive }");

    [Fact]
    public void OneArgument_IsValid() => Valid(Rule, "{ field(arg: \"value\") @directive(arg: \"value\") }");

    [Fact]
    public void SameArgumentOnTwoFields_IsValid() => Valid(Rule, "{ one: field(arg: \"value\") two: field(arg: \"value\") }");

    [Fact]
    public void SameArgumentOnFieldAndDirective_IsValid() => Valid(Rule, "{ field(arg: \"value\") @directive(arg: \"value\") }");

    [Fact]
    public void MultipleArgumentsOnFieldAndDirective_AreValid() => Valid(Rule, "{ field(arg1: \"value\", arg2: \"value\") @directive(arg1: \"value\", arg2: \"value\") }");

    [Fact]
    public void DuplicateFieldArguments_AreRejected() => Errors(Rule, "{ field(arg1: \"value\", arg1: \"value\") }",
        Error("There can be only one argument named \"arg1\".", (1, 9), (1, 24)));

    [Fact]
    public void ManyDuplicateFieldArguments_AreRejectedTogether() => Errors(Rule, "{ field(arg1: \"value\", arg1: \"value\", arg1: \"value\") }",
        Error("There can be only one argument named \"arg1\".", (1, 9), (1, 24), (1, 39)));

    [Fact]
    public void DuplicateDirectiveArguments_AreRejected() => Errors(Rule, "{ field @directive(arg1: \"value\", arg1: \"value\") }",
        Error("There can be only one argument named \"arg1\".", (1, 20), (1, 35)));

    [Fact]
    public void DifferentDuplicates_AreReportedInOrder() => Errors(Rule, "{ field(b: 1, a: 1, b: 2, a: 2) }",
        Error("There can be only one argument named \"b\".", (1, 9), (1, 21)),
        Error("There can be only one argument named \"a\".", (1, 15), (1, 27)));
}
