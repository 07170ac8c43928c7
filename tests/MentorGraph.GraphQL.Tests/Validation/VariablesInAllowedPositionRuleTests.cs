using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.Support.ValidationAssert;

namespace MentorGraph.GraphQL.Tests.Validation;

public sealed class VariablesInAllowedPositionRuleTests
{
    private static VariablesInAllowedPositionRule Rule(ValidationContext context) => new(context);

    [Fact]
    public void BooleanToBoolean() => Valid(Rule, "query Query($booleanArg: Boolean) { complicatedArgs { booleanArgField(booleanArg: $booleanArg) } }");

    [Fact]
    public void BooleanToBooleanWithinFragment() => Valid(Rule, """
        fragment booleanArgFrag on ComplicatedArgs { booleanArgField(booleanArg: $booleanArg) }
        query Query($booleanArg: Boolean) { complicatedArgs { ...booleanArgFrag } }
        """);

    [Fact]
    public void NonNullBooleanToBoolean() => Valid(Rule, "query Query($nonNullBooleanArg: Boolean!) { complicatedArgs { booleanArgField(booleanArg: $nonNullBooleanArg) } }");

    [Fact]
    public void NonNullBooleanToBooleanWithinFragment() => Valid(Rule, """
        fragment booleanArgFrag on ComplicatedArgs { booleanArgField(booleanArg: $nonNullBooleanArg) }
        query Query($nonNullBooleanArg: Boolean!) { complicatedArgs { ...booleanArgFrag } }
        """);

    [Fact]
    public void StringListToStringList() => Valid(Rule, "query Query($stringListVar: [String]) { complicatedArgs { stringListArgField(stringListArg: $stringListVar) } }");

    [Fact]
    public void NonNullStringListToStringList() => Valid(Rule, "query Query($stringListVar: [String!]) { complicatedArgs { stringListArgField(stringListArg: $stringListVar) } }");

    [Fact]
    public void StringToStringListInItemPosition() => Valid(Rule, "query Query($stringVar: String) { complicatedArgs { stringListArgField(stringListArg: [$stringVar]) } }");

    [Fact]
    public void NonNullStringToStringListInItemPosition() => Valid(Rule, "query Query($stringVar: String!) { complicatedArgs { stringListArgField(stringListArg: [$stringVar]) } }");

    [Fact]
    public void ComplexInputToComplexInput() => Valid(Rule, "query Query($complexVar: ComplexInput) { complicatedArgs { complexArgField(complexArg: $complexVar) } }");

    [Fact]
    public void ComplexInputToComplexInputInFieldPosition() => Valid(Rule, "query Query($boolVar: Boolean = false) { complicatedArgs { complexArgField(complexArg: {requiredField: $boolVar}) } }");

    [Fact]
    public void NonNullBooleanToNonNullBooleanInDirective() => Valid(Rule, "query Query($boolVar: Boolean!) { dog @include(if: $boolVar) }");

    [Fact]
    public void IntToNonNullIntWithDefault_IsAllowed() => Valid(Rule, "query Query($intVar: Int = 1) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $intVar) } }");

    [Fact]
    public void IntToNonNullArgumentWithDefault_IsAllowed() => Valid(Rule, "query Query($intVar: Int) { complicatedArgs { nonNullFieldWithDefault(arg: $intVar) } }");

    [Fact]
    public void BooleanWithDefaultToNonNullBooleanInDirective_IsAllowed() => Valid(Rule, "query Query($boolVar: Boolean = false) { dog @include(if: $boolVar) }");

    [Fact]
    public void NullableFieldWithDefaultIntoNonNullInputField_IsAllowed() => Valid(Rule, "query Query($boolVar: Boolean) { complicatedArgs { complexArgField(complexArg: {requiredField: true, nonNullField: $boolVar}) } }");

    [Fact]
    public void UnknownVariablesAndPositions_AreIgnored() => Valid(Rule, "query Query($a: Unknown) { complicatedArgs { stringArgField(stringArg: $undefined) unknownField(x: $a) } }");

    [Fact]
    public void IntToNonNullInt_IsRejected() => Errors(Rule, "query Query($intArg: Int) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $intArg) } }",
        Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (1, 13), (1, 81)));

    [Fact]
    public void IntToNonNullIntWithinFragment_IsRejected() => Errors(Rule, """
        fragment nonNullIntArgFieldFrag on ComplicatedArgs { nonNullIntArgField(nonNullIntArg: $intArg) }
        query Query($intArg: Int) { complicatedArgs { ...nonNullIntArgFieldFrag } }
        """,
        Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (2, 13), (1, 88)));

    [Fact]
    public void IntToNonNullIntWithExplicitNullDefault_IsRejected() => Errors(Rule, "query Query($intVar: Int = null) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $intVar) } }",
        Error("Variable \"$intVar\" of type \"Int\" used in position expecting type \"Int!\".", (1, 13), (1, 88)));

    [Fact]
    public void StringOverBoolean_IsRejected() => Errors(Rule, "query Query($stringVar: String) { complicatedArgs { booleanArgField(booleanArg: $stringVar) } }",
        Error("Variable \"$stringVar\" of type \"String\" used in position expecting type \"Boolean\".", (1, 13), (1, 81)));

    [Fact]
    public void StringToStringList_IsRejected() => Errors(Rule, "query Query($stringVar: String) { complicatedArgs { stringListArgField(stringListArg: $stringVar) } }",
        Error("Variable \"$stringVar\" of type \"String\" used in position expecting type \"[String]\".", (1, 13), (1, 87)));

    [Fact]
    public void BooleanToNonNullBooleanInDirective_IsRejected() => Errors(Rule, "query Query($boolVar: Boolean) { dog @include(if: $boolVar) }",
        Error("Variable \"$boolVar\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (1, 13), (1, 51)));

    [Fact]
    public void StringToNonNullBooleanInDirective_IsRejected() => Errors(Rule, "query Query($stringVar: String) { dog @include(if: $stringVar) }",
        Error("Variable \"$stringVar\" of type \"String\" used in position expecting type \"Boolean!\".", (1, 13), (1, 52)));

    [Fact]
    public void StringListToNonNullStringList_IsRejected() => Errors(Rule, "query Query($stringListVar: [String]) { complicatedArgs { stringListNonNullArgField(stringListNonNullArg: $stringListVar) } }",
        Error("Variable \"$stringListVar\" of type \"[String]\" used in position expecting type \"[String!]\".", (1, 13), (1, 107)));

    [Fact]
    public void NullableVariableIntoNonNullInputFieldWithoutDefault_IsRejected() => Errors(Rule, "query Query($boolVar: Boolean) { complicatedArgs { complexArgField(complexArg: {requiredField: $boolVar}) } }",
        Error("Variable \"$boolVar\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (1, 13), (1, 96)));

    [Fact]
    public void VariableUsedInTwoOperationsWithDifferentTypes_IsCheckedPerOperation() => Errors(Rule, """
        query A($intArg: Int!) { complicatedArgs { ...F } }
        query B($intArg: Int) { complicatedArgs { ...F } }
        fragment F on ComplicatedArgs { nonNullIntArgField(nonNullIntArg: $intArg) }
        """,
        Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (2, 9), (3, 67)));
}
