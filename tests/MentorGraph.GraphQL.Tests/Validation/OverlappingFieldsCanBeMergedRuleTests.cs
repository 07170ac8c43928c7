using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.Support.ValidationAssert;

namespace MentorGraph.GraphQL.Tests.Validation;

public sealed class OverlappingFieldsCanBeMergedRuleTests
{
    private static OverlappingFieldsCanBeMergedRule Rule(ValidationContext context) => new(context);

    [Fact]
    public void UniqueFields_IsValid() => Valid(Rule, "fragment f on Dog { name nickname }");

    [Fact]
    public void IdenticalFields_IsValid() => Valid(Rule, "fragment f on Dog { name name }");

    [Fact]
    public void IdenticalFieldsWithIdenticalArgs_IsValid() => Valid(Rule, "fragment f on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) }");

    [Fact]
    public void IdenticalFieldsWithIdenticalDirectives_IsValid() => Valid(Rule, "fragment f on Dog { name @include(if: true) name @include(if: true) }");

    [Fact]
    public void DifferentArgsWithDifferentAliases_IsValid() => Valid(Rule, "fragment f on Dog { knowsSit: doesKnowCommand(dogCommand: SIT) knowsDown: doesKnowCommand(dogCommand: DOWN) }");

    [Fact]
    public void DifferentDirectivesWithDifferentAliases_IsValid() => Valid(Rule, "fragment f on Dog { nameIfTrue: name @include(if: true) nameIfFalse: name @include(if: false) }");

    [Fact]
    public void DifferentSkipIncludeDirectivesAccepted_IsValid() => Valid(Rule, "fragment f on Dog { name @include(if: true) name @include(if: false) }");

    [Fact]
    public void ObjectArgumentsInDifferentOrder_IsValid() => Valid(Rule, "{ complicatedArgs { a: complexArgField(complexArg: { requiredField: true, intField: 1 }) a: complexArgField(complexArg: { intField: 1, requiredField: true }) } }");

    [Fact]
    public void SameVariableArguments_IsValid() => Valid(Rule, "query ($c: DogCommand) { dog { doesKnowCommand(dogCommand: $c) doesKnowCommand(dogCommand: $c) } }");

    [Fact]
    public void DifferentFieldsOnDifferentObjectTypes_IsValid() => Valid(Rule, "fragment f on Pet { ... on Dog { name } ... on Cat { name: nickname } }");

    [Fact]
    public void DifferentArgsOnDifferentObjectTypes_IsValid() => Valid(Rule, "{ catOrDog { ... on Dog { isHouseTrained(atOtherHomes: true) } ... on Cat { isHouseTrained: meows } } }");

    [Fact]
    public void SameTypesOnDifferentObjectTypes_IsValid() => Valid(Rule, "{ catOrDog { ... on Cat { name } ... on Dog { name } } }");

    [Fact]
    public void UnknownFragmentsAreIgnored_IsValid() => Valid(Rule, "{ dog { name ...Unknown ...Unknown } }");

    [Fact]
    public void SameFieldsThroughFragments_IsValid() => Valid(Rule, "{ dog { name ...F } } fragment F on Dog { name }");

    [Fact]
    public void ImmediatelyRecursiveFragment_IsValid() => Valid(Rule, "fragment f on Dog { name ...f }");

    [Fact]
    public void RecursiveFragmentsSeparatedByFields_IsValid() => Valid(Rule, "{ ...F } fragment F on QueryRoot { dog { mother { ...D } } } fragment D on Dog { mother { ...D } name }");

    [Fact]
    public void ComparesDeepTypesIncludingList_IsValid() => Valid(Rule, "{ human { relatives { name } } human { relatives { name } } }");

    [Fact]
    public void IntrospectionFields_IsValid() => Valid(Rule, "{ __typename __typename dog { __typename t: __typename } }");

    [Fact]
    public void SameAliasesWithDifferentFieldTargets_IsRejected() => Errors(Rule, "fragment f on Dog { fido: name fido: nickname }",
        Error("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 21), (1, 32)));

    [Fact]
    public void AliasMaskingDirectFieldAccess_IsRejected() => Errors(Rule, "fragment f on Dog { name: nickname name }",
        Error("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 21), (1, 36)));

    [Fact]
    public void DifferentArgsSecondAddsAnArgument_IsRejected() => Errors(Rule, "fragment f on Dog { doesKnowCommand doesKnowCommand(dogCommand: HEEL) }",
        Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (1, 21), (1, 37)));

    [Fact]
    public void DifferentArgsSecondMissesAnArgument_IsRejected() => Errors(Rule, "fragment f on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand }",
        Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (1, 21), (1, 54)));

    [Fact]
    public void ConflictingArgValues_IsRejected() => Errors(Rule, "fragment f on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) }",
        Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (1, 21), (1, 54)));

    [Fact]
    public void ConflictingArgValueAndVariable_IsRejected() => Errors(Rule, "query ($c: DogCommand) { dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: $c) } }",
        Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (1, 32), (1, 65)));

    [Fact]
    public void ConflictingArgNames_IsRejected() => Errors(Rule, "fragment f on Dog { isAtLocation(x: 0) isAtLocation(y: 0) }",
        Error("Fields \"isAtLocation\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (1, 21), (1, 40)));

    [Fact]
    public void DifferentArgsOnAnInterfaceAndAnObject_IsRejected() => Errors(Rule, "{ pet { name ... on Dog { name(surname: true) } } }",
        Error("Fields \"name\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (1, 9), (1, 27)));

    [Fact]
    public void ConflictInFragments_IsRejected() => Errors(Rule, "{ ...A ...B }\nfragment A on QueryRoot { x: dog { name } }\nfragment B on QueryRoot { x: cat { name } }",
        Error("Fields \"x\" conflict because \"dog\" and \"cat\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 27), (3, 27)));

    [Fact]
    public void EachConflictIsReportedOnce_IsRejected() => Errors(Rule, "{ dog { ...A ...B } mother: dog { ...B ...A } father: dog { ...A ...B x: barkVolume } }\nfragment A on Dog { x: name }\nfragment B on Dog { x: nickname }",
        Error("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 21), (3, 21)),
        Error("Fields \"x\" conflict because \"barkVolume\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 71), (2, 21)),
        Error("Fields \"x\" conflict because \"barkVolume\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 71), (3, 21)));

    [Fact]
    public void DeepConflict_IsRejected() => Errors(Rule, "{ dog { x: name } dog { x: nickname } }",
        Error("Fields \"dog\" conflict because subfields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 3), (1, 9), (1, 19), (1, 25)));

    [Fact]
    public void DeepConflictWithMultipleIssues_IsRejected() => Errors(Rule, "{ dog { x: name y: barks } dog { x: nickname y: barkVolume } }",
        Error("Fields \"dog\" conflict because subfields \"x\" conflict because \"name\" and \"nickname\" are different fields and subfields \"y\" conflict because \"barks\" and \"barkVolume\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 3), (1, 9), (1, 17), (1, 28), (1, 34), (1, 46)));

    [Fact]
    public void VeryDeepConflict_IsRejected() => Errors(Rule, "{ dog { mother { x: name } } dog { mother { x: nickname } } }",
        Error("Fields \"dog\" conflict because subfields \"mother\" conflict because subfields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 3), (1, 9), (1, 18), (1, 30), (1, 36), (1, 45)));

    [Fact]
    public void DeepConflictToNearestCommonAncestor_IsRejected() => Errors(Rule, "{ dog { mother { x: name } mother { x: nickname } } dog { mother { y: barks } } }",
        Error("Fields \"mother\" conflict because subfields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 9), (1, 18), (1, 28), (1, 37)));

    [Fact]
    public void DeepConflictInNestedFragments_IsRejected() => Errors(Rule, "{ dog { ...F } dog { ...I } }\nfragment F on Dog { x: name ...G }\nfragment G on Dog { y: barks }\nfragment I on Dog { y: barkVolume ...J }\nfragment J on Dog { x: nickname }",
        Error("Fields \"dog\" conflict because subfields \"x\" conflict because \"name\" and \"nickname\" are different fields and subfields \"y\" conflict because \"barks\" and \"barkVolume\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 3), (2, 21), (3, 21), (1, 16), (5, 21), (4, 21)));

    [Fact]
    public void ConflictingReturnTypesOnDifferentObjects_IsRejected() => Errors(Rule, "{ pet { ... on Dog { x: barkVolume } ... on Cat { x: name } } }",
        Error("Fields \"x\" conflict because they return conflicting types \"Int\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", (1, 22), (1, 51)));

    [Fact]
    public void ListAndNonListConflict_IsRejected() => Errors(Rule, "{ dogOrHuman { ... on Human { x: relatives { name } } ... on Dog { x: mother { name } } } }",
        Error("Fields \"x\" conflict because they return conflicting types \"[Human]!\" and \"Dog\". Use different aliases on the fields to fetch both if this was intentional.", (1, 31), (1, 68)));

    [Fact]
    public void NonNullAndNullableConflict_IsRejected() => Errors(Rule, "{ dogOrHuman { ... on Human { x: relatives { name } } ... on Dog { x: name } } }",
        Error("Fields \"x\" conflict because they return conflicting types \"[Human]!\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", (1, 31), (1, 68)));

    [Fact]
    public void ConflictBelowMutuallyExclusiveParents_IsRejected() => Errors(Rule, "{ catOrDog { ... on Dog { x: mother { y: name } } ... on Cat { x: nickname } } }",
        Error("Fields \"x\" conflict because they return conflicting types \"Dog\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", (1, 27), (1, 64)));

    [Fact]
    public void ImmediatelyRecursiveFragmentWithConflict_IsRejected() => Errors(Rule, "fragment f on Dog { ...f fido: name fido: nickname }",
        Error("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 26), (1, 37)));

    [Fact]
    public void IntrospectionFieldAliasConflict_IsRejected() => Errors(Rule, "{ dog { __typename: name __typename } }",
        Error("Fields \"__typename\" conflict because \"name\" and \"__typename\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 9), (1, 26)));

    [Fact]
    public void ManyFragmentsSpreadManyTimes_AreComparedWithoutExpandingThem()
    {
        // Each fragment spreads two others under the same response name: written out, the
        // document would have 2^30 fields to compare.
        var document = new System.Text.StringBuilder("{ dog { ...F0 } }\n");
        for (var i = 0; i < 30; i++)
        {
            document.Append("fragment F").Append(i).Append(" on Dog { a: mother { ...F").Append(i + 1).Append(" } a: mother { ...G").Append(i + 1).Append(" } }\n");
            document.Append("fragment G").Append(i).Append(" on Dog { a: mother { ...G").Append(i + 1).Append(" } a: mother { ...F").Append(i + 1).Append(" } }\n");
        }

        document.Append("fragment F30 on Dog { x: name }\nfragment G30 on Dog { x: nickname }\n");
        var errors = Validate(Rule, document.ToString());
        Assert.NotEmpty(errors);
        Assert.All(errors, error => Assert.StartsWith("Fields \"a\" conflict because subfields", error.Message, StringComparison.Ordinal));
    }
}
