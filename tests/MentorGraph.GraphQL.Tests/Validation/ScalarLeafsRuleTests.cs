using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.Support.ValidationAssert;

namespace MentorGraph.GraphQL.Tests.Validation;

public sealed class ScalarLeafsRuleTests
{
    private static ScalarLeafsRule Rule(ValidationContext context) => new(context);

    [Fact]
    public void ValidScalarSelection() => Valid(Rule, "fragment scalarSelection on Dog { barks }");

    [Fact]
    public void ObjectTypeMissingSelection_IsRejected() => Errors(Rule, "query directQueryOnObjectWithoutSubFields { human }",
        Error("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", (1, 45)));

    [Fact]
    public void InterfaceTypeMissingSelection_IsRejected() => Errors(Rule, "{ human { pets } }",
        Error("Field \"pets\" of type \"[Pet]\" must have a selection of subfields. Did you mean \"pets { ... }\"?", (1, 11)));

    [Fact]
    public void NonNullListOfObjectsMissingSelection_ShowsTheFullType() => Errors(Rule, "{ human { relatives } }",
        Error("Field \"relatives\" of type \"[Human]!\" must have a selection of subfields. Did you mean \"relatives { ... }\"?", (1, 11)));

    [Fact]
    public void ValidScalarSelectionWithArgs() => Valid(Rule, "fragment scalarSelectionWithArgs on Dog { doesKnowCommand(dogCommand: SIT) }");

    [Fact]
    public void ScalarSelectionNotAllowedOnBoolean() => Errors(Rule, "fragment scalarSelectionsNotAllowedOnBoolean on Dog { barks { sinceWhen } }",
        Error("Field \"barks\" must not have a selection since type \"Boolean\" has no subfields.", (1, 61)));

    [Fact]
    public void ScalarSelectionNotAllowedOnEnum() => Errors(Rule, "fragment scalarSelectionsNotAllowedOnEnum on Cat { furColor { inHexDec } }",
        Error("Field \"furColor\" must not have a selection since type \"FurColor\" has no subfields.", (1, 61)));

    [Fact]
    public void ScalarSelectionWithArgsNotAllowed() => Errors(Rule, "fragment f on Dog { doesKnowCommand(dogCommand: SIT) { sinceWhen } }",
        Error("Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.", (1, 54)));

    [Fact]
    public void IntrospectionFields_AreChecked() => Errors(Rule, "{ __typename { name } __schema }",
        Error("Field \"__typename\" must not have a selection since type \"String!\" has no subfields.", (1, 14)),
        Error("Field \"__schema\" of type \"__Schema!\" must have a selection of subfields. Did you mean \"__schema { ... }\"?", (1, 23)));

    [Fact]
    public void UnknownFields_AreIgnored() => Valid(Rule, "{ unknown { a } dog { alsoUnknown } }");
}
