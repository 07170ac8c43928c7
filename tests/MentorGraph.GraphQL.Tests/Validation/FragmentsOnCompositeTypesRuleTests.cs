using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.Support.ValidationAssert;

namespace MentorGraph.GraphQL.Tests.Validation;

public sealed class FragmentsOnCompositeTypesRuleTests
{
    private static FragmentsOnCompositeTypesRule Rule(ValidationContext context) => new(context);

    [Fact]
    public void ObjectIsValidFragmentType() => Valid(Rule, "fragment validFragment on Dog { barks }");

    [Fact]
    public void InterfaceIsValidFragmentType() => Valid(Rule, "fragment validFragment on Pet { name }");

    [Fact]
    public void ObjectIsValidInlineFragmentType() => Valid(Rule, "fragment validFragment on Pet { ... on Dog { barks } }");

    [Fact]
    public void InterfaceIsValidInlineFragmentType() => Valid(Rule, "fragment validFragment on Mammal { ... on Canine { name } }");

    [Fact]
    public void InlineFragmentWithoutTypeCondition_IsValid() => Valid(Rule, "fragment validFragment on Pet { ... { name } }");

    [Fact]
    public void UnionIsValidFragmentType() => Valid(Rule, "fragment validFragment on CatOrDog { __typename }");

    [Fact]
    public void UnknownType_IsLeftToKnownTypeNames() => Valid(Rule, "fragment f on Unknown { name } { ... on Missing { name } }");

    [Fact]
    public void ScalarIsInvalidFragmentType() => Errors(Rule, "fragment scalarFragment on Boolean { bad }",
        Error("Fragment \"scalarFragment\" cannot condition on non composite type \"Boolean\".", (1, 28)));

    [Fact]
    public void EnumIsInvalidFragmentType() => Errors(Rule, "fragment scalarFragment on FurColor { bad }",
        Error("Fragment \"scalarFragment\" cannot condition on non composite type \"FurColor\".", (1, 28)));

    [Fact]
    public void InputObjectIsInvalidFragmentType() => Errors(Rule, "fragment inputFragment on ComplexInput { stringField }",
        Error("Fragment \"inputFragment\" cannot condition on non composite type \"ComplexInput\".", (1, 27)));

    [Fact]
    public void ScalarIsInvalidInlineFragmentType() => Errors(Rule, "fragment invalidFragment on Pet { ... on String { barks } }",
        Error("Fragment cannot condition on non composite type \"String\".", (1, 42)));
}
