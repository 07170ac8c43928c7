using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.Support.ValidationAssert;

namespace MentorGraph.GraphQL.Tests.Validation;

public sealed class UniqueDirectivesPerLocationRuleTests
{
    private static UniqueDirectivesPerLocationRule Rule(ValidationContext context) => new(context);

    [Fact]
    public void NoDirectives_IsValid() => Valid(Rule, "fragment Test on Type { field }");

    [Fact]
    public void UniqueDirectivesInDifferentLocations_AreValid() => Valid(Rule, "fragment Test on Type @onFragmentDefinition { field @onField }");

    [Fact]
    public void UniqueDirectivesInTheSameLocation_AreValid() => Valid(Rule, "fragment Test on Type { field @onField @skip(if: true) }");

    [Fact]
    public void SameDirectiveInDifferentLocations_IsValid() => Valid(Rule, "fragment Test on Type @onField { field @onField }");

    [Fact]
    public void SameDirectivesInSimilarLocations_AreValid() => Valid(Rule, "fragment Test on Type { field @onField field @onField }");

    [Fact]
    public void RepeatableDirective_MayBeRepeated() => Valid(Rule, "query @repeatable @repeatable { field @repeatable @repeatable ...F @repeatable @repeatable }");

    [Fact]
    public void UnknownDirectives_AreIgnored() => Valid(Rule, "{ field @unknown @unknown }");

    [Fact]
    public void DuplicateDirective_IsRejected() => Errors(Rule, "fragment Test on Type { field @onField @onField }",
        Error("The directive \"@onField\" can only be used once at this location.", (1, 31), (1, 40)));

    [Fact]
    public void ManyDuplicates_AreReportedAgainstTheFirst() => Errors(Rule, "fragment Test on Type { field @onField @onField @onField }",
        Error("The directive \"@onField\" can only be used once at this location.", (1, 31), (1, 40)),
        Error("The directive \"@onField\" can only be used once at this location.", (1, 31), (1, 49)));

    [Fact]
    public void DifferentDuplicateDirectives_AreEachRejected() => Errors(Rule, "fragment Test on Type { field @onField @skip(if: true) @onField @skip(if: false) }",
        Error("The directive \"@onField\" can only be used once at this location.", (1, 31), (1, 56)),
        Error("The directive \"@skip\" can only be used once at this location.", (1, 40), (1, 65)));

    [Fact]
    public void DuplicatesOnEveryKindOfLocation_AreRejected() => Errors(Rule, """
        query ($v: Int @onVariableDefinition @onVariableDefinition) @onQuery @onQuery {
          ...F @onFragmentSpread @onFragmentSpread
          ... @onInlineFragment @onInlineFragment { field }
        }
        fragment F on Type @onFragmentDefinition @onFragmentDefinition { field }
        """,
        Error("The directive \"@onQuery\" can only be used once at this location.", (1, 61), (1, 70)),
        Error("The directive \"@onVariableDefinition\" can only be used once at this location.", (1, 16), (1, 38)),
        Error("The directive \"@onFragmentSpread\" can only be used once at this location.", (2, 8), (2, 26)),
        Error("The directive \"@onInlineFragment\" can only be used once at this location.", (3, 7), (3, 25)),
        Error("The directive \"@onFragmentDefinition\" can only be used once at this location.", (5, 20), (5, 42)));
}
