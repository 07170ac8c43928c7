using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Tests.Validation.Support;
using MentorGraph.GraphQL.Validation.Limits;

namespace MentorGraph.GraphQL.Tests.Validation.Limits;

public sealed class CostAnalyzerTests
{
    private static CostResult Cost(string document, IReadOnlyDictionary<string, object?>? variables = null, int defaultListSize = 10)
    {
        var parsed = Parser.Parse(document);
        var operation = parsed.Definitions.OfType<OperationDefinitionNode>().First();
        return CostAnalyzer.Calculate(CostSchema.Instance, parsed, operation, variables, defaultListSize);
    }

    [Fact]
    public void ScalarFields_CostNothing() => Assert.Equal(0, Cost("{ tags }").Cost);

    [Fact]
    public void ObjectField_CostsOnePlusItsSelection() => Assert.Equal(1, Cost("{ mentor { name } }").Cost);

    [Fact]
    public void FieldWeight_ReplacesTheDefault() => Assert.Equal(3, Cost("{ mentor { name bio } }").Cost);

    [Fact]
    public void TypeWeight_AppliesToFieldsOfThatType() => Assert.Equal(20, Cost("{ report { total } }").Cost);

    [Fact]
    public void ListWithoutListSize_MultipliesByTheDefaultSize() => Assert.Equal(10 * (1 + 2), Cost("{ mentor { mentees { bio } } }").Cost - 1);

    [Fact]
    public void DefaultListSize_IsConfigurable() => Assert.Equal(4, Cost("{ mentor { mentees { name } } }", defaultListSize: 3).Cost);

    [Fact]
    public void AssumedSize_Multiplies() => Assert.Equal(3 * (1 + 2), Cost("{ topMentors { bio } }").Cost);

    [Fact]
    public void LiteralSlicingArgument_GivesTheSize() => Assert.Equal(25, Cost("{ mentors(first: 25) { name } }").Cost);

    [Fact]
    public void VariableSlicingArgument_GivesTheSize() =>
        Assert.Equal(40, Cost("query ($n: Int) { mentors(last: $n) { name } }", new Dictionary<string, object?> { ["n"] = 40 }).Cost);

    [Fact]
    public void JsonVariableSlicingArgument_GivesTheSize() =>
        Assert.Equal(7, Cost("query ($n: Int) { mentors(first: $n) { name } }", new Dictionary<string, object?> { ["n"] = System.Text.Json.JsonDocument.Parse("7").RootElement }).Cost);

    [Fact]
    public void SlicingArgumentDefault_IsUsedWhenNotGiven() => Assert.Equal(5, Cost("{ mentorsLoose { name } }").Cost);

    [Fact]
    public void MissingRequiredSlicingArgument_IsAnError()
    {
        var result = Cost("{ mentors { name } }");
        var error = Assert.Single(result.Errors);
        Assert.Equal("Field \"Query.mentors\" must be given exactly one of its slicing arguments \"first\", \"last\"; 0 were given.", error.Message);
        Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
        Assert.Equal(10, result.Cost);
    }

    [Fact]
    public void TwoSlicingArguments_AreAnErrorAndTheLargerCounts()
    {
        var result = Cost("{ mentors(first: 2, last: 6) { name } }");
        Assert.Single(result.Errors);
        Assert.Equal(6, result.Cost);
    }

    [Fact]
    public void SizedFields_CarryTheSizeToTheConnectionEdges() =>
        Assert.Equal(1 + (50 * (1 + 1)), Cost("{ connection(first: 50) { total edges { node { name } } } }").Cost);

    [Fact]
    public void ArgumentAndInputFieldWeights_AreAddedWhenGiven() =>
        Assert.Equal((2 * (5 + 0)) + 4 + 7, Cost("{ search(text: \"x\", filter: { expensive: true, cheap: true }) { name } }").Cost);

    [Fact]
    public void ArgumentWeights_AreNotAddedWhenAbsent() => Assert.Equal(10, Cost("{ search(filter: { cheap: true }) { name } }").Cost);

    [Fact]
    public void NestedLists_Multiply() => Assert.Equal(5 * (1 + (10 * 1)), Cost("{ mentors(first: 5) { mentees { name } } }").Cost);

    [Fact]
    public void Fragments_AreCountedAtEverySpread() => Assert.Equal(3 * 2, Cost("""
        { a: mentor { ...M } b: mentor { ...M } }
        fragment M on Mentor { bio }
        """).Cost);

    [Fact]
    public void LiteralSkip_RemovesTheCost() => Assert.Equal(0, Cost("{ report @skip(if: true) { total } }").Cost);

    [Fact]
    public void VariableInclude_UsesTheVariable() =>
        Assert.Equal(0, Cost("query ($show: Boolean!) { report @include(if: $show) { total } }", new Dictionary<string, object?> { ["show"] = false }).Cost);

    [Fact]
    public void IntrospectionFields_CostNothing() => Assert.Equal(0, Cost("{ __schema { types { fields { name } } } __type(name: \"Mentor\") { fields { name } } __typename }").Cost);

    [Fact]
    public void FragmentCycles_DoNotHang() => Assert.Equal(1, Cost("""
        { mentor { ...A } }
        fragment A on Mentor { ...B }
        fragment B on Mentor { ...A name }
        """).Cost);

    [Fact]
    public void DeeplyNestedFragments_AreCostedOnceEach()
    {
        var document = new System.Text.StringBuilder("{ mentor { ...F0 } }\n");
        for (var i = 0; i < 40; i++)
        {
            document.Append("fragment F").Append(i).Append(" on Mentor { a: mentees { ...F").Append(i + 1).Append(" } b: mentees { ...F").Append(i + 1).Append(" } }\n");
        }

        document.Append("fragment F40 on Mentor { name }\n");
        Assert.True(Cost(document.ToString()).Cost > 1e40);
    }
}
