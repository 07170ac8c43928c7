using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.Support.ValidationAssert;

namespace MentorGraph.GraphQL.Tests.Validation;

public sealed class NoUndefinedVariablesRuleTests
{
    private static NoUndefinedVariablesRule Rule(ValidationContext context) => new(context);

    [Fact]
    public void AllVariablesDefined_IsValid() => Valid(Rule, "query Foo($a: String, $b: String, $c: String) { field(a: $a, b: $b, c: $c) }");

    [Fact]
    public void AllVariablesDeeplyDefined_IsValid() => Valid(Rule, "query Foo($a: String, $b: String, $c: String) { field(a: $a) { field(b: $b) { field(c: $c) } } }");

    [Fact]
    public void AllVariablesDeeplyInInlineFragmentsDefined_IsValid() => Valid(Rule, """
        query Foo($a: String, $b: String, $c: String) {
          ... on Type { field(a: $a) { field(b: $b) { ... on Type { field(c: $c) } } } }
        }
        """);

    [Fact]
    public void AllVariablesInFragmentsDeeplyDefined_IsValid() => Valid(Rule, """
        query Foo($a: String, $b: String, $c: String) { ...FragA }
        fragment FragA on Type { field(a: $a) { ...FragB } }
        fragment FragB on Type { field(b: $b) { ...FragC } }
        fragment FragC on Type { field(c: $c) }
        """);

    [Fact]
    public void VariableWithinSingleFragmentDefinedInMultipleOperations_IsValid() => Valid(Rule, """
        query Foo($a: String) { ...FragA }
        query Bar($a: String) { ...FragA }
        fragment FragA on Type { field(a: $a) }
        """);

    [Fact]
    public void VariableWithinRecursiveFragmentDefined_IsValid() => Valid(Rule, """
        query Foo($a: String) { ...FragA }
        fragment FragA on Type { field(a: $a) { ...FragA } }
        """);

    [Fact]
    public void VariablesInDirectivesAndNestedValues_AreFound() => Errors(Rule, "query Foo { field(a: [{ b: $b }]) @include(if: $c) }",
        Error("Variable \"$b\" is not defined by operation \"Foo\".", (1, 28), (1, 1)),
        Error("Variable \"$c\" is not defined by operation \"Foo\".", (1, 48), (1, 1)));

    [Fact]
    public void VariableNotDefined_IsRejected() => Errors(Rule, "query Foo($a: String, $b: String, $c: String) { field(a: $a, b: $b, c: $c, d: $d) }",
        Error("Variable \"$d\" is not defined by operation \"Foo\".", (1, 79), (1, 1)));

    [Fact]
    public void VariableNotDefinedByAnonymousQuery_IsRejected() => Errors(Rule, "{ field(a: $a) }",
        Error("Variable \"$a\" is not defined.", (1, 12), (1, 1)));

    [Fact]
    public void MultipleVariablesNotDefined_AreEachRejected() => Errors(Rule, "query Foo($b: String) { field(a: $a, b: $b, c: $c) }",
        Error("Variable \"$a\" is not defined by operation \"Foo\".", (1, 34), (1, 1)),
        Error("Variable \"$c\" is not defined by operation \"Foo\".", (1, 48), (1, 1)));

    [Fact]
    public void VariableInFragmentNotDefinedByOperation_IsRejected() => Errors(Rule, """
        query Foo($a: String, $b: String) { ...FragA }
        fragment FragA on Type { field(a: $a) { ...FragB } }
        fragment FragB on Type { field(b: $b) { ...FragC } }
        fragment FragC on Type { field(c: $c) }
        """,
        Error("Variable \"$c\" is not defined by operation \"Foo\".", (4, 35), (1, 1)));

    [Fact]
    public void VariableInFragmentUsedByTwoOperations_IsRejectedForEach() => Errors(Rule, """
        query Foo($b: String) { ...FragA }
        query Bar($a: String) { ...FragB }
        fragment FragA on Type { field(a: $a) }
        fragment FragB on Type { field(b: $b) }
        """,
        Error("Variable \"$a\" is not defined by operation \"Foo\".", (3, 35), (1, 1)),
        Error("Variable \"$b\" is not defined by operation \"Bar\".", (4, 35), (2, 1)));

    [Fact]
    public void EveryUseOfAnUndefinedVariable_IsReported() => Errors(Rule, "query Foo { a: field(a: $x) b: field(a: $x) }",
        Error("Variable \"$x\" is not defined by operation \"Foo\".", (1, 25), (1, 1)),
        Error("Variable \"$x\" is not defined by operation \"Foo\".", (1, 41), (1, 1)));

}
