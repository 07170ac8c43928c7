using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.Support.ValidationAssert;

namespace MentorGraph.GraphQL.Tests.Validation;

public sealed class KnownDirectivesRuleTests
{
    private static KnownDirectivesRule Rule(ValidationContext context) => new(context);

    [Fact]
    public void NoDirectives_IsValid() => Valid(Rule, "query Foo { name ...Frag } fragment Frag on Dog { name }");

    [Fact]
    public void StandardDirectives_AreValid() => Valid(Rule, "{ human @skip(if: false) { name pets { ... on Dog @include(if: true) { name } } } }");

    [Fact]
    public void DirectivesInTheirLocations_AreValid() => Valid(Rule, """
        query ($var: Boolean @onVariableDefinition) @onQuery {
          name @include(if: $var)
          ...Frag @include(if: true) @onFragmentSpread
          skippedField @skip(if: true)
          ... @skip(if: true) { skippedField }
          ... on Human @onInlineFragment { name }
        }
        fragment Frag on Dog @onFragmentDefinition { name }
        mutation @onMutation { someField }
        subscription @onSubscription { someField }
        """);

    [Fact]
    public void UnknownDirective_IsRejected() => Errors(Rule, "{ human @unknown(directive: \"value\") { name } }",
        Error("Unknown directive \"@unknown\".", (1, 9)));

    [Fact]
    public void ManyUnknownDirectives_AreEachRejected() => Errors(Rule, "{ __typename @unknown human @unknown { name pets @unknown { name } } }",
        Error("Unknown directive \"@unknown\".", (1, 14)),
        Error("Unknown directive \"@unknown\".", (1, 29)),
        Error("Unknown directive \"@unknown\".", (1, 50)));

    [Fact]
    public void MisplacedDirectives_AreRejectedWithTheirLocation() => Errors(Rule, """
        query ($var: Boolean @onQuery) @onMutation {
          name @onQuery @include(if: $var)
          ...Frag @onQuery
          ... on Human @onFragmentSpread { name }
        }
        fragment Frag on Dog @onInlineFragment { name }
        mutation @onQuery { someField @onFragmentDefinition }
        subscription @onQuery { someField }
        """,
        Error("Directive \"@onQuery\" may not be used on VARIABLE_DEFINITION.", (1, 22)),
        Error("Directive \"@onMutation\" may not be used on QUERY.", (1, 32)),
        Error("Directive \"@onQuery\" may not be used on FIELD.", (2, 8)),
        Error("Directive \"@onQuery\" may not be used on FRAGMENT_SPREAD.", (3, 11)),
        Error("Directive \"@onFragmentSpread\" may not be used on INLINE_FRAGMENT.", (4, 16)),
        Error("Directive \"@onInlineFragment\" may not be used on FRAGMENT_DEFINITION.", (6, 22)),
        Error("Directive \"@onQuery\" may not be used on MUTATION.", (7, 10)),
        Error("Directive \"@onFragmentDefinition\" may not be used on FIELD.", (7, 31)),
        Error("Directive \"@onQuery\" may not be used on SUBSCRIPTION.", (8, 14)));

    [Fact]
    public void TypeSystemDirectiveInAQuery_IsMisplaced() => Errors(Rule, "{ dog @deprecated { name } }",
        Error("Directive \"@deprecated\" may not be used on FIELD.", (1, 7)));
}
