using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.Support.ValidationAssert;

namespace MentorGraph.GraphQL.Tests.Validation;

public sealed class KnownArgumentNamesRuleTests
{
    private static KnownArgumentNamesRule Rule(ValidationContext context) => new(context);

    [Fact]
    public void SingleArgIsKnown() => Valid(Rule, "fragment argOnRequiredArg on Dog { doesKnowCommand(dogCommand: SIT) }");

    [Fact]
    public void MultipleArgsAreKnown() => Valid(Rule, "fragment multipleArgs on ComplicatedArgs { multipleReqs(req1: 1, req2: 2) }");

    [Fact]
    public void IgnoresArgsOfUnknownFields() => Valid(Rule, "fragment argOnUnknownField on Dog { unknownField(unknownArg: SIT) }");

    [Fact]
    public void MultipleArgsInReverseOrderAreKnown() => Valid(Rule, "fragment multipleArgsReverseOrder on ComplicatedArgs { multipleReqs(req2: 2, req1: 1) }");

    [Fact]
    public void NoArgsOnOptionalArg() => Valid(Rule, "fragment noArgOnOptionalArg on Dog { isHouseTrained }");

    [Fact]
    public void ArgsAreKnownDeeply() => Valid(Rule, """
        { dog { doesKnowCommand(dogCommand: SIT) } human { pets { ... on Dog { doesKnowCommand(dogCommand: SIT) } } } }
        """);

    [Fact]
    public void DirectiveArgsAreKnown() => Valid(Rule, "{ dog @skip(if: true) }");

    [Fact]
    public void IntrospectionArgsAreKnown() => Valid(Rule, """{ __type(name: "Dog") { name } }""");

    [Fact]
    public void ArgsOfUnknownDirectivesAreIgnored() => Valid(Rule, "{ dog @unknown(whatever: true) }");

    [Fact]
    public void MisspelledDirectiveArgs_AreRejectedOnce() => Errors(Rule, "{ dog @skip(iff: true) }",
        Error("Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", (1, 13)));

    [Fact]
    public void InvalidArgName_IsRejected() => Errors(Rule, "fragment invalidArgName on Dog { doesKnowCommand(unknown: true) }",
        Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (1, 50)));

    [Fact]
    public void MisspelledArgName_IsRejectedWithSuggestion() => Errors(Rule, "fragment invalidArgName on Dog { doesKnowCommand(DogCommand: true) }",
        Error("Unknown argument \"DogCommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", (1, 50)));

    [Fact]
    public void UnknownArgsAmongstKnownArgs_AreRejected() => Errors(Rule, "fragment oneGoodArgOneInvalidArg on Dog { doesKnowCommand(whoKnows: 1, dogCommand: SIT, unknown: true) }",
        Error("Unknown argument \"whoKnows\" on field \"Dog.doesKnowCommand\".", (1, 59)),
        Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (1, 89)));

    [Fact]
    public void UnknownArgsDeeply_AreRejected() => Errors(Rule, "{ dog { doesKnowCommand(unknown: true) } human { pets { ... on Dog { doesKnowCommand(unknown: true) } } } }",
        Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (1, 25)),
        Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (1, 86)));

    [Fact]
    public void UnknownArgOnIntrospectionField_IsRejected() => Errors(Rule, """{ __type(nam: "Dog") { name } }""",
        Error("Unknown argument \"nam\" on field \"QueryRoot.__type\". Did you mean \"name\"?", (1, 10)));
}
