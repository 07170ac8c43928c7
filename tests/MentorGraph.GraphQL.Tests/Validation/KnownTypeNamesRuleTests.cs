using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.Support.ValidationAssert;

namespace MentorGraph.GraphQL.Tests.Validation;

public sealed class KnownTypeNamesRuleTests
{
    private static KnownTypeNamesRule Rule(ValidationContext context) => new(context);

    [Fact]
    public void KnownTypes_AreValid() => Valid(Rule, """
        query Foo($var: String, $required: [Int!]!, $introspectionType: __EnumValue) {
          user(id: 4) { pets { ... on Pet { name }, ...PetFields, ... { name } } }
        }
        fragment PetFields on Pet { name }
        """);

    [Fact]
    public void UnknownTypes_AreRejectedWithSuggestions() => Errors(Rule, """
        query Foo($var: JumbledUpLetters) {
          user(id: 4) { name pets { ... on Badger { name }, ...PetFields } }
        }
        fragment PetFields on Peat { name }
        """,
        Error("Unknown type \"JumbledUpLetters\".", (1, 17)),
        Error("Unknown type \"Badger\".", (2, 36)),
        Error("Unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"?", (4, 23)));

    [Fact]
    public void UnknownTypeInsideListAndNonNull_IsRejected() => Errors(Rule, "query Foo($var: [Strng!]!) { dog { name } }",
        Error("Unknown type \"Strng\". Did you mean \"String\" or \"Being\"?", (1, 18)));

    [Fact]
    public void TypeSystemDefinitions_AreNotChecked() => Valid(Rule, """
        query Foo { dog { name } }
        type Cow { name: Unknown }
        """);
}
