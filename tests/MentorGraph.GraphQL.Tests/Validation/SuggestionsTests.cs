using MentorGraph.GraphQL.Validation;

namespace MentorGraph.GraphQL.Tests.Validation;

public sealed class SuggestionsTests
{
    [Fact]
    public void EmptyList_GivesNoHint() => Assert.Equal(string.Empty, Suggestions.DidYouMean([]));

    [Fact]
    public void OneSuggestion() => Assert.Equal(" Did you mean \"a\"?", Suggestions.DidYouMean(["a"]));

    [Fact]
    public void TwoSuggestions() => Assert.Equal(" Did you mean \"a\" or \"b\"?", Suggestions.DidYouMean(["a", "b"]));

    [Fact]
    public void ThreeSuggestions() => Assert.Equal(" Did you mean \"a\", \"b\", or \"c\"?", Suggestions.DidYouMean(["a", "b", "c"]));

    [Fact]
    public void AtMostFiveSuggestions() =>
        Assert.Equal(" Did you mean \"a\", \"b\", \"c\", \"d\", or \"e\"?", Suggestions.DidYouMean(["a", "b", "c", "d", "e", "f", "g"]));

    [Fact]
    public void SubMessage_PrecedesTheNames() =>
        Assert.Equal(" Did you mean the enum value \"A\"?", Suggestions.DidYouMean("the enum value", ["A"]));

    [Fact]
    public void ExactMatch_ComesFirst() => Assert.Equal(["abc", "abd"], Suggestions.List("abc", ["abd", "abc"]));

    [Fact]
    public void CaseDifference_CountsAsOne() => Assert.Equal(["ABC", "ab"], Suggestions.List("abc", ["ab", "ABC"]));

    [Fact]
    public void Transposition_CountsAsOne() => Assert.Equal(["bac"], Suggestions.List("abc", ["bac", "xyz"]));

    [Fact]
    public void DistantOptions_AreDropped() => Assert.Empty(Suggestions.List("a", ["bcd", "efgh"]));

    [Fact]
    public void TiesAreOrderedNaturally() => Assert.Equal(["x9", "x10"], Suggestions.List("x1", ["x10", "x9"]));

    [Theory]
    [InlineData("a", "b", -1)]
    [InlineData("a2", "a10", -1)]
    [InlineData("a10", "a2", 1)]
    [InlineData("abc", "abc", 0)]
    [InlineData("ab", "abc", -1)]
    public void NaturalCompare_ComparesDigitRunsAsNumbers(string a, string b, int sign) =>
        Assert.Equal(sign, Math.Sign(Suggestions.NaturalCompare(a, b)));
}
