using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.Support.ValidationAssert;

namespace MentorGraph.GraphQL.Tests.Validation;

public sealed class ProvidedRequiredArgumentsRuleTests
{
    private static ProvidedRequiredArgumentsRule Rule(ValidationContext context) => new(context);

    [Fact]
    public void IgnoresUnknownArguments() => Valid(Rule, "{ dog { isHouseTrained(unknownArgument: true) } }");

    [Fact]
    public void ArgOnOptionalArg() => Valid(Rule, "{ dog { isHouseTrained(atOtherHomes: true) } }");

    [Fact]
    public void NoArgOnOptionalArg() => Valid(Rule, "{ dog { isHouseTrained } }");

    [Fact]
    public void NoArgOnNonNullFieldWithDefault() => Valid(Rule, "{ complicatedArgs { nonNullFieldWithDefault } }");

    [Fact]
    public void MultipleArgs() => Valid(Rule, "{ complicatedArgs { multipleReqs(req1: 1, req2: 2) } }");

    [Fact]
    public void MultipleArgsReverseOrder() => Valid(Rule, "{ complicatedArgs { multipleReqs(req2: 2, req1: 1) } }");

    [Fact]
    public void NoArgsOnMultipleOptional() => Valid(Rule, "{ complicatedArgs { multipleOpts } }");

    [Fact]
    public void OneArgOnMultipleOptional() => Valid(Rule, "{ complicatedArgs { multipleOpts(opt1: 1) } }");

    [Fact]
    public void AllRequiredAndOptionalArgs() => Valid(Rule, "{ complicatedArgs { multipleOptAndReq(req1: 3, req2: 4, opt1: 5, opt2: 6) } }");

    [Fact]
    public void ExplicitNullStillCountsAsProvided() => Valid(Rule, "{ complicatedArgs { multipleReqs(req1: null, req2: null) } }");

    [Fact]
    public void UnknownFieldsAndDirectives_AreIgnored() => Valid(Rule, "{ unknown(a: 1) dog @unknown { name } }");

    [Fact]
    public void DirectivesWithRequiredArgs_AreValid() => Valid(Rule, "{ dog @include(if: true) { name } human @skip(if: false) { name } }");

    [Fact]
    public void MissingOneNonNullableArgument_IsRejected() => Errors(Rule, "{ complicatedArgs { multipleReqs(req2: 2) } }",
        Error("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (1, 21)));

    [Fact]
    public void MissingMultipleNonNullableArguments_AreEachRejected() => Errors(Rule, "{ complicatedArgs { multipleReqs } }",
        Error("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (1, 21)),
        Error("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (1, 21)));

    [Fact]
    public void IncorrectValueAndMissingArgument_ReportsOnlyTheMissingOne() => Errors(Rule, "{ complicatedArgs { multipleReqs(req1: \"one\") } }",
        Error("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (1, 21)));

    [Fact]
    public void MissingIntrospectionArgument_IsRejected() => Errors(Rule, "{ __type { name } }",
        Error("Field \"__type\" argument \"name\" of type \"String!\" is required, but it was not provided.", (1, 3)));

    [Fact]
    public void DirectivesWithMissingArgs_AreRejected() => Errors(Rule, "{ dog @include { name @skip } }",
        Error("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (1, 7)),
        Error("Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (1, 23)));

    [Fact]
    public void CustomDirectiveWithMissingRequiredArg_IsRejected() => Errors(Rule, "{ dog @withArgs(optional: 1) { name } }",
        Error("Directive \"@withArgs\" argument \"required\" of type \"String!\" is required, but it was not provided.", (1, 7)));
}
