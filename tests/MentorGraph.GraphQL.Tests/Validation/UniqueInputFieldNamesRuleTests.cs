using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.Support.ValidationAssert;

namespace MentorGraph.GraphQL.Tests.Validation;

public sealed class UniqueInputFieldNamesRuleTests
{
    private static UniqueInputFieldNamesRule Rule(ValidationContext context) => new(context);

    [Fact]
    public void InputObjectWithFields_IsValid() => Valid(Rule, "{ field(arg: { f: true }) }");

    [Fact]
    public void SameInputObjectWithinTwoArgs_IsValid() => Valid(Rule, "{ field(arg1: { f: true }, arg2: { f: true }) }");

    [Fact]
    public void MultipleInputObjectFields_AreValid() => Valid(Rule, "{ field(arg: { f1: \"value\", f2: \"value\", f3: \"value\" }) }");

    [Fact]
    public void NestedInputObjectsWithSimilarFields_AreValid() => Valid(Rule, """
        { field(arg: { deep: { deep: { id: 1 } id: 1 } id: 1 }) }
        """);

    [Fact]
    public void DuplicateInputObjectFields_AreRejected() => Errors(Rule, "{ field(arg: { f1: \"value\", f1: \"value\" }) }",
        Error("There can be only one input field named \"f1\".", (1, 16), (1, 29)));

    [Fact]
    public void ManyDuplicateInputObjectFields_AreRejectedAgainstTheFirst() => Errors(Rule, "{ field(arg: { f1: \"value\", f1: \"value\", f1: \"value\" }) }",
        Error("There can be only one input field named \"f1\".", (1, 16), (1, 29)),
        Error("There can be only one input field named \"f1\".", (1, 16), (1, 42)));

    [Fact]
    public void NestedDuplicates_AreReportedWhereTheyOccur() => Errors(Rule, "{ field(arg: { f1: { f2: 1, f2: 2 }, f1: 3 }) }",
        Error("There can be only one input field named \"f2\".", (1, 22), (1, 29)),
        Error("There can be only one input field named \"f1\".", (1, 16), (1, 38)));

    [Fact]
    public void DuplicatesInListItems_AreRejected() => Errors(Rule, "{ field(arg: [{ a: 1 }, { a: 1, a: 2 }]) }",
        Error("There can be only one input field named \"a\".", (1, 27), (1, 33)));

    [Fact]
    public void DuplicatesInVariableDefaults_AreRejected() => Errors(Rule, "query ($v: ComplexInput = { intField: 1, intField: 2 }) { field(a: $v) }",
        Error("There can be only one input field named \"intField\".", (1, 29), (1, 42)));
}
