using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.Support.ValidationAssert;

namespace MentorGraph.GraphQL.Tests.Validation;

public sealed class UniqueOperationNamesRuleTests
{
    private static UniqueOperationNamesRule Rule(ValidationContext context) => new(context);

    [Fact]
    public void NoOperations_IsValid() => Valid(Rule, "fragment fragA on Dog { name }");

    [Fact]
    public void OneAnonymousOperation_IsValid() => Valid(Rule, "{ dog { name } }");

    [Fact]
    public void OneNamedOperation_IsValid() => Valid(Rule, "query Foo { dog { name } }");

    [Fact]
    public void MultipleOperationsWithDifferentNames_AreValid() => Valid(Rule, """
        query Foo { dog { name } }
        query Bar { dog { name } }
        """);

    [Fact]
    public void OperationsOfDifferentTypesWithDifferentNames_AreValid() => Valid(Rule, """
        query Foo { dog { name } }
        mutation Bar { adoptDog { name } }
        subscription Baz { importantEmails }
        """);

    [Fact]
    public void FragmentAndOperationWithTheSameName_AreValid() => Valid(Rule, """
        query Foo { ...Foo }
        fragment Foo on QueryRoot { dog { name } }
        """);

    [Fact]
    public void TwoOperationsWithTheSameName_AreRejected() => Errors(Rule, """
        query Foo { dog { name } }
        query Foo { cat { name } }
        """,
        Error("There can be only one operation named \"Foo\".", (1, 7), (2, 7)));

    [Fact]
    public void QueryAndMutationWithTheSameName_AreRejected() => Errors(Rule, """
        query Foo { dog { name } }
        mutation Foo { adoptDog { name } }
        """,
        Error("There can be only one operation named \"Foo\".", (1, 7), (2, 10)));

    [Fact]
    public void QueryAndSubscriptionWithTheSameName_AreRejected() => Errors(Rule, """
        query Foo { dog { name } }
        subscription Foo { importantEmails }
        """,
        Error("There can be only one operation named \"Foo\".", (1, 7), (2, 14)));

    [Fact]
    public void ThirdDuplicate_IsReportedAgainstTheFirst() => Errors(Rule, """
        query Foo { dog { name } }
        query Foo { dog { name } }
        query Foo { dog { name } }
        """,
        Error("There can be only one operation named \"Foo\".", (1, 7), (2, 7)),
        Error("There can be only one operation named \"Foo\".", (1, 7), (3, 7)));
}
