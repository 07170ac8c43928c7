using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.Support.ValidationAssert;

namespace MentorGraph.GraphQL.Tests.Validation;

public sealed class VariablesAreInputTypesRuleTests
{
    private static VariablesAreInputTypesRule Rule(ValidationContext context) => new(context);

    [Fact]
    public void UnknownTypes_AreIgnored() => Valid(Rule, "query Foo($a: Unknown, $b: [[Unknown!]]!) { field(a: $a, b: $b) }");

    [Fact]
    public void InputTypes_AreValid() => Valid(Rule, "query Foo($a: String, $b: [Boolean!]!, $c: ComplexInput, $d: FurColor, $e: OneOfInput!) { field(a: $a, b: $b, c: $c) }");

    [Fact]
    public void OutputTypes_AreRejected() => Errors(Rule, "query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) { field(a: $a, b: $b, c: $c) }",
        Error("Variable \"$a\" cannot be non-input type \"Dog\".", (1, 15)),
        Error("Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\".", (1, 24)),
        Error("Variable \"$c\" cannot be non-input type \"Pet\".", (1, 44)));
}
