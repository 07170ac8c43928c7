using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.Support.ValidationAssert;

namespace MentorGraph.GraphQL.Tests.Validation;

public sealed class LoneAnonymousOperationRuleTests
{
    private static LoneAnonymousOperationRule Rule(ValidationContext context) => new(context);

    [Fact]
    public void NoOperations_IsValid() => Valid(Rule, "fragment fragA on Dog { name }");

    [Fact]
    public void OneAnonymousOperation_IsValid() => Valid(Rule, "{ dog { name } }");

    [Fact]
    public void MultipleNamedOperations_AreValid() => Valid(Rule, """
        query Foo { dog { name } }
        query Bar { dog { name } }
        """);

    [Fact]
    public void AnonymousOperationWithFragment_IsValid() => Valid(Rule, """
        { ...Foo }
        fragment Foo on QueryRoot { dog { name } }
        """);

    [Fact]
    public void MultipleAnonymousOperations_AreEachRejected() => Errors(Rule, """
        { dog { name } }
        { cat { name } }
        """,
        Error("This anonymous operation must be the only defined operation.", (1, 1)),
        Error("This anonymous operation must be the only defined operation.", (2, 1)));

    [Fact]
    public void AnonymousOperationWithAMutation_IsRejected() => Errors(Rule, """
        { dog { name } }
        mutation Foo { adoptDog { name } }
        """,
        Error("This anonymous operation must be the only defined operation.", (1, 1)));

    [Fact]
    public void AnonymousOperationWithASubscription_IsRejected() => Errors(Rule, """
        { dog { name } }
        subscription Foo { importantEmails }
        """,
        Error("This anonymous operation must be the only defined operation.", (1, 1)));
}
