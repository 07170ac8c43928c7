using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.Support.ValidationAssert;

namespace MentorGraph.GraphQL.Tests.Validation;

public sealed class PossibleFragmentSpreadsRuleTests
{
    private static PossibleFragmentSpreadsRule Rule(ValidationContext context) => new(context);

    [Fact]
    public void OfTheSameObject_IsValid() => Valid(Rule, """
        fragment objectWithinObject on Dog { ...dogFragment }
        fragment dogFragment on Dog { barkVolume }
        """);

    [Fact]
    public void OfTheSameObjectWithInlineFragment_IsValid() => Valid(Rule, "fragment f on Dog { ... on Dog { barkVolume } }");

    [Fact]
    public void ObjectIntoAnImplementedInterface_IsValid() => Valid(Rule, """
        fragment objectWithinInterface on Pet { ...dogFragment }
        fragment dogFragment on Dog { barkVolume }
        """);

    [Fact]
    public void ObjectIntoContainingUnion_IsValid() => Valid(Rule, """
        fragment objectWithinUnion on CatOrDog { ...dogFragment }
        fragment dogFragment on Dog { barkVolume }
        """);

    [Fact]
    public void UnionIntoContainedObject_IsValid() => Valid(Rule, """
        fragment unionWithinObject on Dog { ...catOrDogFragment }
        fragment catOrDogFragment on CatOrDog { __typename }
        """);

    [Fact]
    public void UnionIntoOverlappingInterface_IsValid() => Valid(Rule, """
        fragment unionWithinInterface on Pet { ...catOrDogFragment }
        fragment catOrDogFragment on CatOrDog { __typename }
        """);

    [Fact]
    public void UnionIntoOverlappingUnion_IsValid() => Valid(Rule, """
        fragment unionWithinUnion on DogOrHuman { ...catOrDogFragment }
        fragment catOrDogFragment on CatOrDog { __typename }
        """);

    [Fact]
    public void InterfaceIntoImplementedObject_IsValid() => Valid(Rule, """
        fragment interfaceWithinObject on Dog { ...petFragment }
        fragment petFragment on Pet { name }
        """);

    [Fact]
    public void InterfaceIntoOverlappingInterface_IsValid() => Valid(Rule, """
        fragment interfaceWithinInterface on Pet { ...beingFragment }
        fragment beingFragment on Being { name }
        """);

    [Fact]
    public void InterfaceIntoOverlappingInterfaceInInlineFragment_IsValid() => Valid(Rule, "fragment f on Pet { ... on Being { name } }");

    [Fact]
    public void InterfaceIntoOverlappingUnion_IsValid() => Valid(Rule, """
        fragment interfaceWithinUnion on CatOrDog { ...petFragment }
        fragment petFragment on Pet { name }
        """);

    [Fact]
    public void UnknownFragmentsAndTypes_AreIgnored() => Valid(Rule, """
        fragment f on Dog { ...unknown ... on Unknown { name } ...g }
        fragment g on Unknown { name }
        """);

    [Fact]
    public void DifferentObjectIntoObject_IsRejected() => Errors(Rule, """
        fragment invalidObjectWithinObject on Cat { ...dogFragment }
        fragment dogFragment on Dog { barkVolume }
        """,
        Error("Fragment \"dogFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (1, 45)));

    [Fact]
    public void DifferentObjectIntoObjectInInlineFragment_IsRejected() => Errors(Rule, "fragment f on Cat { ... on Dog { barkVolume } }",
        Error("Fragment cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (1, 21)));

    [Fact]
    public void ObjectIntoNotImplementingInterface_IsRejected() => Errors(Rule, """
        fragment invalidObjectWithinInterface on Pet { ...humanFragment }
        fragment humanFragment on Human { pets { name } }
        """,
        Error("Fragment \"humanFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Human\".", (1, 48)));

    [Fact]
    public void ObjectIntoNotContainingUnion_IsRejected() => Errors(Rule, """
        fragment invalidObjectWithinUnion on CatOrDog { ...humanFragment }
        fragment humanFragment on Human { pets { name } }
        """,
        Error("Fragment \"humanFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"Human\".", (1, 49)));

    [Fact]
    public void UnionIntoNotContainedObject_IsRejected() => Errors(Rule, """
        fragment invalidUnionWithinObject on Human { ...catOrDogFragment }
        fragment catOrDogFragment on CatOrDog { __typename }
        """,
        Error("Fragment \"catOrDogFragment\" cannot be spread here as objects of type \"Human\" can never be of type \"CatOrDog\".", (1, 46)));

    [Fact]
    public void UnionIntoNonOverlappingInterface_IsRejected() => Errors(Rule, """
        fragment invalidUnionWithinInterface on Pet { ...humanOrAlienFragment }
        fragment humanOrAlienFragment on HumanOrAlien { __typename }
        """,
        Error("Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"HumanOrAlien\".", (1, 47)));

    [Fact]
    public void UnionIntoNonOverlappingUnion_IsRejected() => Errors(Rule, """
        fragment invalidUnionWithinUnion on CatOrDog { ...humanOrAlienFragment }
        fragment humanOrAlienFragment on HumanOrAlien { __typename }
        """,
        Error("Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"HumanOrAlien\".", (1, 48)));

    [Fact]
    public void InterfaceIntoNonImplementingObject_IsRejected() => Errors(Rule, """
        fragment invalidInterfaceWithinObject on Cat { ...canineFragment }
        fragment canineFragment on Canine { name }
        """,
        Error("Fragment \"canineFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Canine\".", (1, 48)));

    [Fact]
    public void InterfaceIntoNonOverlappingInterface_IsRejected() => Errors(Rule, """
        fragment invalidInterfaceWithinInterface on Pet { ...intelligentFragment }
        fragment intelligentFragment on Intelligent { iq }
        """,
        Error("Fragment \"intelligentFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Intelligent\".", (1, 51)));

    [Fact]
    public void InterfaceIntoNonOverlappingInterfaceInInlineFragment_IsRejected() => Errors(Rule, "fragment f on Pet { ... on Intelligent { iq } }",
        Error("Fragment cannot be spread here as objects of type \"Pet\" can never be of type \"Intelligent\".", (1, 21)));

    [Fact]
    public void InterfaceIntoNonOverlappingUnion_IsRejected() => Errors(Rule, """
        fragment invalidInterfaceWithinUnion on HumanOrAlien { ...petFragment }
        fragment petFragment on Pet { name }
        """,
        Error("Fragment \"petFragment\" cannot be spread here as objects of type \"HumanOrAlien\" can never be of type \"Pet\".", (1, 56)));
}
