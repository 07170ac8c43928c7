using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.Support.ValidationAssert;

namespace MentorGraph.GraphQL.Tests.Validation;

public sealed class NoUnusedVariablesRuleTests
{
    private static NoUnusedVariablesRule Rule(ValidationContext context) => new(context);

    [Fact]
    public void UsesAllVariables_IsValid() => Valid(Rule, "query ($a: String, $b: String, $c: String) { field(a: $a, b: $b, c: $c) }");

    [Fact]
    public void UsesAllVariablesDeeply_IsValid() => Valid(Rule, "query Foo($a: String, $b: String, $c: String) { field(a: $a) { field(b: $b) { field(c: $c) } } }");

    [Fact]
    public void UsesAllVariablesInFragments_IsValid() => Valid(Rule, """
        query Foo($a: String, $b: String, $c: String) { ...FragA }
        fragment FragA on Type { field(a: $a) { ...FragB } }
        fragment FragB on Type { field(b: $b) { ...FragC } }
        fragment FragC on Type { field(c: $c) }
        """);

    [Fact]
    public void VariableUsedByRecursiveFragment_IsValid() => Valid(Rule, """
        query Foo($a: String) { ...FragA }
        fragment FragA on Type { field(a: $a) { ...FragA } }
        """);

    [Fact]
    public void VariableUsedInDirective_IsValid() => Valid(Rule, "query Foo($a: Boolean!) { field @include(if: $a) }");

    [Fact]
    public void VariableNotUsed_IsRejected() => Errors(Rule, "query ($a: String, $b: String, $c: String) { field(a: $a, b: $b) }",
        Error("Variable \"$c\" is never used.", (1, 32)));

    [Fact]
    public void MultipleVariablesNotUsed_AreRejected() => Errors(Rule, "query Foo($a: String, $b: String, $c: String) { field(b: $b) }",
        Error("Variable \"$a\" is never used in operation \"Foo\".", (1, 11)),
        Error("Variable \"$c\" is never used in operation \"Foo\".", (1, 35)));

    [Fact]
    public void VariableNotUsedByUnreferencedFragment_IsRejected() => Errors(Rule, """
        query Foo($b: String) { ...FragA }
        fragment FragA on Type { field(a: $a) }
        fragment FragB on Type { field(b: $b) }
        """,
        Error("Variable \"$b\" is never used in operation \"Foo\".", (1, 11)));

    [Fact]
    public void VariableNotUsedByFragmentUsedByOtherOperation_IsRejected() => Errors(Rule, """
        query Foo($b: String) { ...FragA }
        query Bar($a: String) { ...FragB }
        fragment FragA on Type { field(a: $a) }
        fragment FragB on Type { field(b: $b) }
        """,
        Error("Variable \"$b\" is never used in operation \"Foo\".", (1, 11)),
        Error("Variable \"$a\" is never used in operation \"Bar\".", (2, 11)));

}
