using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.Support.ValidationAssert;

namespace MentorGraph.GraphQL.Tests.Validation;

public sealed class UniqueFragmentNamesRuleTests
{
    private static UniqueFragmentNamesRule Rule(ValidationContext context) => new(context);

    [Fact]
    public void NoFragments_IsValid() => Valid(Rule, "{ dog { name } }");

    [Fact]
    public void OneFragment_IsValid() => Valid(Rule, """
        { ...fragA }
        fragment fragA on QueryRoot { dog { name } }
        """);

    [Fact]
    public void ManyFragments_AreValid() => Valid(Rule, """
        { ...fragA ...fragB ...fragC }
        fragment fragA on QueryRoot { dog { name } }
        fragment fragB on QueryRoot { dog { nickname } }
        fragment fragC on QueryRoot { dog { barks } }
        """);

    [Fact]
    public void InlineFragments_AreAlwaysUnique() => Valid(Rule, "{ ...on QueryRoot { dog { name } } ...on QueryRoot { cat { name } } }");

    [Fact]
    public void FragmentAndOperationNamedTheSame_AreValid() => Valid(Rule, """
        query Foo { ...Foo }
        fragment Foo on QueryRoot { dog { name } }
        """);

    [Fact]
    public void FragmentsNamedTheSame_AreRejected() => Errors(Rule, """
        { ...fragA }
        fragment fragA on QueryRoot { dog { name } }
        fragment fragA on QueryRoot { cat { name } }
        """,
        Error("There can be only one fragment named \"fragA\".", (2, 10), (3, 10)));

    [Fact]
    public void FragmentsNamedTheSameWithoutBeingReferenced_AreRejected() => Errors(Rule, """
        fragment fragA on QueryRoot { dog { name } }
        fragment fragA on QueryRoot { cat { name } }
        """,
        Error("There can be only one fragment named \"fragA\".", (1, 10), (2, 10)));
}
