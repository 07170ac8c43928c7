using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.Support.ValidationAssert;

namespace MentorGraph.GraphQL.Tests.Validation;

public sealed class KnownFragmentNamesRuleTests
{
    private static KnownFragmentNamesRule Rule(ValidationContext context) => new(context);

    [Fact]
    public void KnownFragmentNames_AreValid() => Valid(Rule, """
        { human(id: 4) { ...HumanFields1 ... on Human { ...HumanFields2 } ... { name } } }
        fragment HumanFields1 on Human { name ...HumanFields3 }
        fragment HumanFields2 on Human { name }
        fragment HumanFields3 on Human { name }
        """);

    [Fact]
    public void UnknownFragmentNames_AreRejected() => Errors(Rule, """
        { human(id: 4) { ...UnknownFragment1 ... on Human { ...UnknownFragment2 } } }
        fragment HumanFields on Human { name ...UnknownFragment3 }
        """,
        Error("Unknown fragment \"UnknownFragment1\".", (1, 21)),
        Error("Unknown fragment \"UnknownFragment2\".", (1, 56)),
        Error("Unknown fragment \"UnknownFragment3\".", (2, 41)));
}
