using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.Support.ValidationAssert;

namespace MentorGraph.GraphQL.Tests.Validation;

public sealed class ValuesOfCorrectTypeRuleTests
{
    private static ValuesOfCorrectTypeRule Rule(ValidationContext context) => new(context);

    [Fact]
    public void GoodIntValue_IsValid() => Valid(Rule, "{ complicatedArgs { intArgField(intArg: 2) } }");

    [Fact]
    public void GoodNegativeIntValue_IsValid() => Valid(Rule, "{ complicatedArgs { intArgField(intArg: -2) } }");

    [Fact]
    public void GoodBooleanValue_IsValid() => Valid(Rule, "{ complicatedArgs { booleanArgField(booleanArg: true) } }");

    [Fact]
    public void GoodStringValue_IsValid() => Valid(Rule, "{ complicatedArgs { stringArgField(stringArg: \"foo\") } }");

    [Fact]
    public void GoodFloatValue_IsValid() => Valid(Rule, "{ complicatedArgs { floatArgField(floatArg: 1.1) } }");

    [Fact]
    public void IntIntoFloat_IsValid() => Valid(Rule, "{ complicatedArgs { floatArgField(floatArg: 1) } }");

    [Fact]
    public void IntIntoID_IsValid() => Valid(Rule, "{ complicatedArgs { idArgField(idArg: 1) } }");

    [Fact]
    public void StringIntoID_IsValid() => Valid(Rule, "{ complicatedArgs { idArgField(idArg: \"someIdString\") } }");

    [Fact]
    public void GoodEnumValue_IsValid() => Valid(Rule, "{ complicatedArgs { enumArgField(enumArg: BROWN) } }");

    [Fact]
    public void EnumWithUndefinedInternalValue_IsValid() => Valid(Rule, "{ complicatedArgs { enumArgField(enumArg: UNKNOWN) } }");

    [Fact]
    public void NullIntoNullableInt_IsValid() => Valid(Rule, "{ complicatedArgs { intArgField(intArg: null) } }");

    [Fact]
    public void NullIntoNullableEnum_IsValid() => Valid(Rule, "{ complicatedArgs { enumArgField(enumArg: null) } }");

    [Fact]
    public void NullIntoNullableList_IsValid() => Valid(Rule, "{ complicatedArgs { stringListArgField(stringListArg: null) } }");

    [Fact]
    public void NullIntoNullableListItem_IsValid() => Valid(Rule, "{ complicatedArgs { stringListArgField(stringListArg: [\"one\", null]) } }");

    [Fact]
    public void GoodListValue_IsValid() => Valid(Rule, "{ complicatedArgs { stringListArgField(stringListArg: [\"one\", \"two\"]) } }");

    [Fact]
    public void EmptyListValue_IsValid() => Valid(Rule, "{ complicatedArgs { stringListArgField(stringListArg: []) } }");

    [Fact]
    public void SingleValueIntoList_IsValid() => Valid(Rule, "{ complicatedArgs { stringListArgField(stringListArg: \"one\") } }");

    [Fact]
    public void ArgOnOptionalArg_IsValid() => Valid(Rule, "{ dog { isHouseTrained(atOtherHomes: true) } }");

    [Fact]
    public void MultipleArgs_IsValid() => Valid(Rule, "{ complicatedArgs { multipleReqs(req1: 1, req2: 2) } }");

    [Fact]
    public void OptionalArgDespiteRequiredFieldInType_IsValid() => Valid(Rule, "{ complicatedArgs { complexArgField } }");

    [Fact]
    public void PartialObjectOnlyRequired_IsValid() => Valid(Rule, "{ complicatedArgs { complexArgField(complexArg: { requiredField: true }) } }");

    [Fact]
    public void PartialObjectRequiredFieldCanBeFalsy_IsValid() => Valid(Rule, "{ complicatedArgs { complexArgField(complexArg: { requiredField: false }) } }");

    [Fact]
    public void PartialObjectIncludingRequired_IsValid() => Valid(Rule, "{ complicatedArgs { complexArgField(complexArg: { requiredField: true, intField: 4 }) } }");

    [Fact]
    public void FullObject_IsValid() => Valid(Rule, "{ complicatedArgs { complexArgField(complexArg: { requiredField: true, intField: 4, stringField: \"foo\", booleanField: false, stringListField: [\"one\", \"two\"] }) } }");

    [Fact]
    public void FullObjectWithFieldsInDifferentOrder_IsValid() => Valid(Rule, "{ complicatedArgs { complexArgField(complexArg: { stringListField: [\"one\", \"two\"], booleanField: false, requiredField: true, stringField: \"foo\", intField: 4 }) } }");

    [Fact]
    public void VariablesAreNotChecked_IsValid() => Valid(Rule, "query ($a: Int, $b: [String]) { complicatedArgs { intArgField(intArg: $a) stringListArgField(stringListArg: [\"x\", $b]) complexArgField(complexArg: { requiredField: $a }) } }");

    [Fact]
    public void DirectiveArgs_IsValid() => Valid(Rule, "{ dog @include(if: true) { name } human @skip(if: false) { name } }");

    [Fact]
    public void VariableDefaultValues_IsValid() => Valid(Rule, "query ($a: Int = 1, $b: String = \"ok\", $c: ComplexInput = { requiredField: true, intField: 3 }, $d: Int! = 1) { dog { name } }");

    [Fact]
    public void CustomScalarAcceptsAnyLiteral_IsValid() => Valid(Rule, "{ anyArg(arg: { a: [1, { b: \"two\" }], c: null, d: ENUM }) }");

    [Fact]
    public void OneOfWithOneField_IsValid() => Valid(Rule, "{ complicatedArgs { oneOfArgField(oneOfArg: { stringField: \"abc\" }) } }");

    [Fact]
    public void OneOfWithNonNullVariable_IsValid() => Valid(Rule, "query ($s: String!) { complicatedArgs { oneOfArgField(oneOfArg: { stringField: $s }) } }");

    [Fact]
    public void UnknownArgumentsAreIgnored_IsValid() => Valid(Rule, "{ complicatedArgs { intArgField(unknown: \"x\") unknownField(arg: 1) } }");

    [Fact]
    public void IntrospectionArgument_IsValid() => Valid(Rule, "{ __type(name: \"Dog\") { name } }");

    [Fact]
    public void StringIntoInt_IsRejected() => Errors(Rule, "{ complicatedArgs { intArgField(intArg: \"3\") } }",
        Error("Int cannot represent non-integer value: \"3\"", (1, 41)));

    [Fact]
    public void BigIntIntoInt_IsRejected() => Errors(Rule, "{ complicatedArgs { intArgField(intArg: 829384293849283498239482938) } }",
        Error("Int cannot represent non 32-bit signed integer value: 829384293849283498239482938", (1, 41)));

    [Fact]
    public void Int32OverflowIntoInt_IsRejected() => Errors(Rule, "{ complicatedArgs { intArgField(intArg: 2147483648) } }",
        Error("Int cannot represent non 32-bit signed integer value: 2147483648", (1, 41)));

    [Fact]
    public void FloatIntoInt_IsRejected() => Errors(Rule, "{ complicatedArgs { intArgField(intArg: 3.333) } }",
        Error("Int cannot represent non-integer value: 3.333", (1, 41)));

    [Fact]
    public void EnumIntoInt_IsRejected() => Errors(Rule, "{ complicatedArgs { intArgField(intArg: FOUR) } }",
        Error("Int cannot represent non-integer value: FOUR", (1, 41)));

    [Fact]
    public void BooleanIntoInt_IsRejected() => Errors(Rule, "{ complicatedArgs { intArgField(intArg: true) } }",
        Error("Int cannot represent non-integer value: true", (1, 41)));

    [Fact]
    public void IntIntoString_IsRejected() => Errors(Rule, "{ complicatedArgs { stringArgField(stringArg: 1) } }",
        Error("String cannot represent a non string value: 1", (1, 47)));

    [Fact]
    public void BooleanIntoString_IsRejected() => Errors(Rule, "{ complicatedArgs { stringArgField(stringArg: true) } }",
        Error("String cannot represent a non string value: true", (1, 47)));

    [Fact]
    public void UnquotedStringIntoString_IsRejected() => Errors(Rule, "{ complicatedArgs { stringArgField(stringArg: BAR) } }",
        Error("String cannot represent a non string value: BAR", (1, 47)));

    [Fact]
    public void StringIntoFloat_IsRejected() => Errors(Rule, "{ complicatedArgs { floatArgField(floatArg: \"3.333\") } }",
        Error("Float cannot represent non numeric value: \"3.333\"", (1, 45)));

    [Fact]
    public void BooleanIntoFloat_IsRejected() => Errors(Rule, "{ complicatedArgs { floatArgField(floatArg: true) } }",
        Error("Float cannot represent non numeric value: true", (1, 45)));

    [Fact]
    public void IntIntoBoolean_IsRejected() => Errors(Rule, "{ complicatedArgs { booleanArgField(booleanArg: 2) } }",
        Error("Boolean cannot represent a non boolean value: 2", (1, 49)));

    [Fact]
    public void StringIntoBoolean_IsRejected() => Errors(Rule, "{ complicatedArgs { booleanArgField(booleanArg: \"true\") } }",
        Error("Boolean cannot represent a non boolean value: \"true\"", (1, 49)));

    [Fact]
    public void FloatIntoID_IsRejected() => Errors(Rule, "{ complicatedArgs { idArgField(idArg: 1.0) } }",
        Error("ID cannot represent a non-string and non-integer value: 1.0", (1, 39)));

    [Fact]
    public void BooleanIntoID_IsRejected() => Errors(Rule, "{ complicatedArgs { idArgField(idArg: true) } }",
        Error("ID cannot represent a non-string and non-integer value: true", (1, 39)));

    [Fact]
    public void IntIntoEnum_IsRejected() => Errors(Rule, "{ complicatedArgs { enumArgField(enumArg: 2) } }",
        Error("Enum \"FurColor\" cannot represent non-enum value: 2.", (1, 43)));

    [Fact]
    public void StringIntoEnum_IsRejected() => Errors(Rule, "{ complicatedArgs { enumArgField(enumArg: \"BROWN\") } }",
        Error("Enum \"FurColor\" cannot represent non-enum value: \"BROWN\". Did you mean the enum value \"BROWN\"?", (1, 43)));

    [Fact]
    public void UnknownEnumValue_IsRejected() => Errors(Rule, "{ complicatedArgs { enumArgField(enumArg: JUGGLE) } }",
        Error("Value \"JUGGLE\" does not exist in \"FurColor\" enum.", (1, 43)));

    [Fact]
    public void DifferentCaseEnumValue_IsRejected() => Errors(Rule, "{ complicatedArgs { enumArgField(enumArg: brown) } }",
        Error("Value \"brown\" does not exist in \"FurColor\" enum. Did you mean the enum value \"BROWN\"?", (1, 43)));

    [Fact]
    public void BooleanIntoEnum_IsRejected() => Errors(Rule, "{ complicatedArgs { enumArgField(enumArg: true) } }",
        Error("Enum \"FurColor\" cannot represent non-enum value: true.", (1, 43)));

    [Fact]
    public void NullIntoNonNullArgument_IsRejected() => Errors(Rule, "{ complicatedArgs { nonNullIntArgField(nonNullIntArg: null) } }",
        Error("Expected value of type \"Int!\", found null.", (1, 55)));

    [Fact]
    public void NullIntoNonNullArgumentWithDefault_IsRejected() => Errors(Rule, "{ complicatedArgs { nonNullFieldWithDefault(arg: null) } }",
        Error("Expected value of type \"Int!\", found null.", (1, 50)));

    [Fact]
    public void IncorrectListItem_IsRejected() => Errors(Rule, "{ complicatedArgs { stringListArgField(stringListArg: [\"one\", 2]) } }",
        Error("String cannot represent a non string value: 2", (1, 63)));

    [Fact]
    public void NullIntoNonNullListItem_IsRejected() => Errors(Rule, "{ complicatedArgs { stringListNonNullArgField(stringListNonNullArg: [\"one\", null]) } }",
        Error("Expected value of type \"String!\", found null.", (1, 77)));

    [Fact]
    public void ObjectIntoList_IsRejected() => Errors(Rule, "{ complicatedArgs { stringListArgField(stringListArg: { one: \"two\" }) } }",
        Error("String cannot represent a non string value: {one: \"two\"}", (1, 55)));

    [Fact]
    public void ListIntoScalar_IsRejected() => Errors(Rule, "{ complicatedArgs { intArgField(intArg: [1, 2]) } }",
        Error("Int cannot represent non-integer value: [1, 2]", (1, 41)));

    [Fact]
    public void ObjectIntoScalar_IsRejected() => Errors(Rule, "{ complicatedArgs { intArgField(intArg: { a: 1 }) } }",
        Error("Int cannot represent non-integer value: {a: 1}", (1, 41)));

    [Fact]
    public void ScalarIntoInputObject_IsRejected() => Errors(Rule, "{ complicatedArgs { complexArgField(complexArg: \"abc\") } }",
        Error("Expected value of type \"ComplexInput\", found \"abc\".", (1, 49)));

    [Fact]
    public void ListIntoInputObject_IsRejected() => Errors(Rule, "{ complicatedArgs { complexArgField(complexArg: [{ requiredField: true }]) } }",
        Error("Expected value of type \"ComplexInput\", found [{requiredField: true}].", (1, 49)));

    [Fact]
    public void IncorrectValueAndMissingArgument_IsRejected() => Errors(Rule, "{ complicatedArgs { multipleReqs(req1: \"one\") } }",
        Error("Int cannot represent non-integer value: \"one\"", (1, 40)));

    [Fact]
    public void PartialObjectMissingRequired_IsRejected() => Errors(Rule, "{ complicatedArgs { complexArgField(complexArg: { intField: 4 }) } }",
        Error("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (1, 49)));

    [Fact]
    public void PartialObjectInvalidFieldType_IsRejected() => Errors(Rule, "{ complicatedArgs { complexArgField(complexArg: { stringListField: [\"one\", 2], requiredField: true }) } }",
        Error("String cannot represent a non string value: 2", (1, 76)));

    [Fact]
    public void PartialObjectNullToNonNullField_IsRejected() => Errors(Rule, "{ complicatedArgs { complexArgField(complexArg: { requiredField: true, nonNullField: null }) } }",
        Error("Expected value of type \"Boolean!\", found null.", (1, 86)));

    [Fact]
    public void PartialObjectUnknownField_IsRejected() => Errors(Rule, "{ complicatedArgs { complexArgField(complexArg: { requiredField: true, invalidField: \"value\" }) } }",
        Error("Field \"invalidField\" is not defined by type \"ComplexInput\". Did you mean \"intField\"?", (1, 72)));

    [Fact]
    public void PartialObjectMisspelledField_IsRejected() => Errors(Rule, "{ complicatedArgs { complexArgField(complexArg: { requiredField: true, intFeld: 1 }) } }",
        Error("Field \"intFeld\" is not defined by type \"ComplexInput\". Did you mean \"intField\"?", (1, 72)));

    [Fact]
    public void CustomScalarThatRefuses_IsRejected() => Errors(Rule, "{ invalidArg(arg: 123) }",
        Error("Expected value of type \"Invalid\", found 123; Invalid scalar is always invalid: 123", (1, 19)));

    [Fact]
    public void DirectiveWithIncorrectType_IsRejected() => Errors(Rule, "{ dog @include(if: \"yes\") { name } human @skip(if: ENUM) { name } }",
        Error("Boolean cannot represent a non boolean value: \"yes\"", (1, 20)),
        Error("Boolean cannot represent a non boolean value: ENUM", (1, 52)));

    [Fact]
    public void VariableDefaultsWithIncorrectTypes_IsRejected() => Errors(Rule, "query ($a: Int = \"one\", $b: String = 4, $c: ComplexInput = { requiredField: true, intField: \"three\" }) { dog { name } }",
        Error("Int cannot represent non-integer value: \"one\"", (1, 18)),
        Error("String cannot represent a non string value: 4", (1, 38)),
        Error("Int cannot represent non-integer value: \"three\"", (1, 93)));

    [Fact]
    public void VariableDefaultNullIntoNonNull_IsRejected() => Errors(Rule, "query ($a: Int! = null, $b: ComplexInput = { requiredField: null }) { dog { name } }",
        Error("Expected value of type \"Int!\", found null.", (1, 19)),
        Error("Expected value of type \"Boolean!\", found null.", (1, 61)));

    [Fact]
    public void VariableDefaultMissingRequiredField_IsRejected() => Errors(Rule, "query ($a: ComplexInput = { intField: 3 }) { dog { name } }",
        Error("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (1, 27)));

    [Fact]
    public void OneOfWithTwoFields_IsRejected() => Errors(Rule, "{ complicatedArgs { oneOfArgField(oneOfArg: { stringField: \"abc\", intField: 123 }) } }",
        Error("OneOf Input Object \"OneOfInput\" must specify exactly one key.", (1, 45)));

    [Fact]
    public void OneOfWithNoFields_IsRejected() => Errors(Rule, "{ complicatedArgs { oneOfArgField(oneOfArg: {}) } }",
        Error("OneOf Input Object \"OneOfInput\" must specify exactly one key.", (1, 45)));

    [Fact]
    public void OneOfWithNullField_IsRejected() => Errors(Rule, "{ complicatedArgs { oneOfArgField(oneOfArg: { stringField: null }) } }",
        Error("Field \"OneOfInput.stringField\" must be non-null.", (1, 45)));

    [Fact]
    public void OneOfWithNullableVariable_IsRejected() => Errors(Rule, "query ($s: String) { complicatedArgs { oneOfArgField(oneOfArg: { stringField: $s }) } }",
        Error("Variable \"s\" must be non-nullable to be used for OneOf Input Object \"OneOfInput\".", (1, 64)));

    [Fact]
    public void OneOfWithWrongFieldType_IsRejected() => Errors(Rule, "{ complicatedArgs { oneOfArgField(oneOfArg: { intField: \"abc\" }) } }",
        Error("Int cannot represent non-integer value: \"abc\"", (1, 57)));
}
