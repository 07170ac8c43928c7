using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.Support.ValidationAssert;

namespace MentorGraph.GraphQL.Tests.Validation;

public sealed class NoUnusedFragmentsRuleTests
{
    private static NoUnusedFragmentsRule Rule(ValidationContext context) => new(context);

    [Fact]
    public void AllFragmentNamesUsed_IsValid() => Valid(Rule, """
        { human(id: 4) { ...HumanFields1 ... on Human { ...HumanFields2 } } }
        fragment HumanFields1 on Human { name ...HumanFields3 }
        fragment HumanFields2 on Human { name }
        fragment HumanFields3 on Human { name }
        """);

    [Fact]
    public void FragmentsUsedByDifferentOperations_AreValid() => Valid(Rule, """
        query Foo { human(id: 4) { ...HumanFields1 } }
        query Bar { human(id: 4) { ...HumanFields2 } }
        fragment HumanFields1 on Human { name ...HumanFields3 }
        fragment HumanFields2 on Human { name }
        fragment HumanFields3 on Human { name }
        """);

    [Fact]
    public void UnusedFragments_AreRejected() => Errors(Rule, """
        query Foo { human(id: 4) { ...HumanFields1 } }
        fragment HumanFields1 on Human { name ...HumanFields3 }
        fragment HumanFields2 on Human { name }
        fragment HumanFields3 on Human { name }
        fragment Unused1 on Human { name }
        fragment Unused2 on Human { name }
        """,
        Error("Fragment \"HumanFields2\" is never used.", (3, 1)),
        Error("Fragment \"Unused1\" is never used.", (5, 1)),
        Error("Fragment \"Unused2\" is never used.", (6, 1)));

    [Fact]
    public void UnusedFragmentsThatReferenceEachOtherInACycle_AreRejected() => Errors(Rule, """
        query Foo { human(id: 4) { ...HumanFields1 } }
        fragment HumanFields1 on Human { name ...HumanFields3 }
        fragment HumanFields3 on Human { name }
        fragment Unused1 on Human { name ...Unused2 }
        fragment Unused2 on Human { name ...Unused1 }
        """,
        Error("Fragment \"Unused1\" is never used.", (4, 1)),
        Error("Fragment \"Unused2\" is never used.", (5, 1)));

    [Fact]
    public void FragmentUsedOnlyByAnotherUnusedFragment_IsRejected() => Errors(Rule, """
        { dog { name } }
        fragment Unused on Dog { ...Helper }
        fragment Helper on Dog { name }
        """,
        Error("Fragment \"Unused\" is never used.", (2, 1)),
        Error("Fragment \"Helper\" is never used.", (3, 1)));

    [Fact]
    public void SpreadOfAnUnknownFragment_IsIgnored() => Errors(Rule, """
        { human(id: 4) { ...bar } }
        fragment foo on Human { name }
        """,
        Error("Fragment \"foo\" is never used.", (2, 1)));
}
