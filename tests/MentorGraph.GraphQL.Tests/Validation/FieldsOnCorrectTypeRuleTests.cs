using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.Support.ValidationAssert;

namespace MentorGraph.GraphQL.Tests.Validation;

public sealed class FieldsOnCorrectTypeRuleTests
{
    private static FieldsOnCorrectTypeRule Rule(ValidationContext context) => new(context);

    [Fact]
    public void ObjectFieldSelection_IsValid() => Valid(Rule, "fragment f on Dog { __typename name }");

    [Fact]
    public void AliasedObjectFieldSelection_IsValid() => Valid(Rule, "fragment f on Dog { tn: __typename otherName: name }");

    [Fact]
    public void InterfaceFieldSelection_IsValid() => Valid(Rule, "fragment f on Pet { __typename name }");

    [Fact]
    public void LyingAliasSelection_IsValid() => Valid(Rule, "fragment f on Dog { name: nickname }");

    [Fact]
    public void IgnoresFieldsOnUnknownType() => Valid(Rule, "fragment f on UnknownType { unknownField }");

    [Fact]
    public void TypenameOnUnion_IsValid() => Valid(Rule, "fragment f on CatOrDog { __typename }");

    [Fact]
    public void FieldsInInlineFragmentsOnTheRightType_AreValid() => Valid(Rule, "fragment f on CatOrDog { ... on Cat { meows } ... on Dog { barks } }");

    [Fact]
    public void IntrospectionFieldsOnTheQueryRoot_AreValid() => Valid(Rule, """{ __schema { queryType { name } } __type(name: "Dog") { name } __typename }""");

    [Fact]
    public void UnknownFieldOnObject_SuggestsSimilarField() => Errors(Rule, "fragment f on Dog { meowVolume }",
        Error("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (1, 21)));

    [Fact]
    public void UnknownFieldBehindAlias_SuggestsSimilarField() => Errors(Rule, "fragment f on Dog { barkVolume: kawVolume }",
        Error("Cannot query field \"kawVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (1, 21)));

    [Fact]
    public void SubfieldsOfAnUnknownField_AreNotReported() => Errors(Rule, "fragment f on Dog { unknown_field { deeper_unknown_field } }",
        Error("Cannot query field \"unknown_field\" on type \"Dog\".", (1, 21)));

    [Fact]
    public void UnknownSubfield_IsReported() => Errors(Rule, "fragment f on Dog { mother { unknown_field } }",
        Error("Cannot query field \"unknown_field\" on type \"Dog\".", (1, 30)));

    [Fact]
    public void UnknownFieldInInlineFragment_IsReported() => Errors(Rule, "fragment f on Pet { ... on Dog { unknown_field } }",
        Error("Cannot query field \"unknown_field\" on type \"Dog\".", (1, 34)));

    [Fact]
    public void UnknownFieldInInlineFragmentWithoutType_UsesTheParentType() => Errors(Rule, "fragment f on Pet { ... { unknown_field } }",
        Error("Cannot query field \"unknown_field\" on type \"Pet\".", (1, 27)));

    [Fact]
    public void FieldOfAPossibleTypeOnAnInterface_SuggestsAnInlineFragment() => Errors(Rule, "fragment f on Pet { meowsVolume }",
        Error("Cannot query field \"meowsVolume\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\"?", (1, 21)));

    [Fact]
    public void FieldOnAUnion_SuggestsInterfacesFirstByUsage() => Errors(Rule, "fragment f on CatOrDog { name }",
        Error("Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Being\", \"Pet\", \"Canine\", \"Cat\", or \"Dog\"?", (1, 26)));

    [Fact]
    public void FieldOnAUnion_SuggestsTheCommonInterfaceFirst() => Errors(Rule, "{ humanOrAlien { iq } }",
        Error("Cannot query field \"iq\" on type \"HumanOrAlien\". Did you mean to use an inline fragment on \"Intelligent\", \"Alien\", or \"Human\"?", (1, 18)));

    [Fact]
    public void UnknownFieldOnAUnion_HasNoSuggestion() => Errors(Rule, "fragment f on CatOrDog { directField }",
        Error("Cannot query field \"directField\" on type \"CatOrDog\".", (1, 26)));

    [Fact]
    public void SchemaMetaFieldOffTheRoot_IsRejected() => Errors(Rule, "{ dog { __schema { queryType { name } } } }",
        Error("Cannot query field \"__schema\" on type \"Dog\".", (1, 9)));

    [Fact]
    public void MisspelledFieldOnTheRoot_SuggestsRootFields() => Errors(Rule, "{ dogg { name } }",
        Error("Cannot query field \"dogg\" on type \"QueryRoot\". Did you mean \"dog\"?", (1, 3)));

    [Fact]
    public void CloserSuggestions_ComeFirst() => Errors(Rule, "{ complicatedArgs { argField } }",
        Error("Cannot query field \"argField\" on type \"ComplicatedArgs\". Did you mean \"idArgField\", \"intArgField\", or \"enumArgField\"?", (1, 21)));
}
