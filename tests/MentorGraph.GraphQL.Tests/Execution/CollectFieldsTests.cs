using MentorGraph.GraphQL.Types;
using static MentorGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace MentorGraph.GraphQL.Tests.Execution;

/// <summary>Spec 6.3.2 CollectFields: fragments, type conditions, @skip/@include, aliases and field merging.</summary>
public sealed class CollectFieldsTests
{
    private static int _mentorResolutions;

    private static readonly ObjectType _mentor = new("Mentor", () =>
    [
        Field("name", StringType, _ => "Ada"),
        Field("years", IntType, _ => 12),
        Field("greeting", StringType, c => "Hello, " + c.Arguments["to"], new InputValueDefinition("to", StringType) { DefaultValue = new GraphQL.Language.Ast.StringValueNode("you", false) }),
    ]);

    private static readonly Schema _schema = SchemaWithQuery(Field("mentor", _mentor, _ =>
    {
        Interlocked.Increment(ref _mentorResolutions);
        return new object();
    }));

    [Fact]
    public async Task FragmentsAndInlineFragments_AreMergedInDocumentOrder()
    {
        Assert.Equal(
            Q("{'data':{'mentor':{'years':12,'name':'Ada'}}}"),
            await ExecuteJsonAsync(_schema, "{ mentor { ...Years ... on Mentor { name } ... { years } } } fragment Years on Mentor { years }"));
    }

    [Fact]
    public async Task SameResponseName_IsResolvedOnce_WithMergedSubSelections()
    {
        var before = Volatile.Read(ref _mentorResolutions);

        var json = await ExecuteJsonAsync(_schema, "{ mentor { name } mentor { years } }");

        Assert.Equal(Q("{'data':{'mentor':{'name':'Ada','years':12}}}"), json);
        Assert.Equal(1, Volatile.Read(ref _mentorResolutions) - before);
    }

    [Fact]
    public async Task Aliases_NameTheResponseEntries_AndArgumentsApplyPerAlias()
    {
        Assert.Equal(
            Q("{'data':{'mentor':{'hi':'Hello, Bob','plain':'Hello, you','name':'Ada'}}}"),
            await ExecuteJsonAsync(_schema, "{ mentor { hi: greeting(to: \"Bob\") plain: greeting name } }"));
    }

    [Fact]
    public async Task LiteralSkipAndInclude_AreDecidedAtCompileTime()
    {
        Assert.Equal(
            Q("{'data':{'mentor':{'years':12}}}"),
            await ExecuteJsonAsync(_schema, "{ mentor { name @skip(if: true) years @include(if: true) greeting @include(if: false) } }"));
    }

    [Fact]
    public async Task VariableSkipAndInclude_SelectACachedVariantPerOutcome()
    {
        var executor = Executor(_schema);
        const string Document = "query ($skipName: Boolean!, $withYears: Boolean!) { mentor { name @skip(if: $skipName) ... @include(if: $withYears) { years } } }";

        var both = await executor.ExecuteAsync(Request(Document, "{\"skipName\": false, \"withYears\": true}"));
        var none = await executor.ExecuteAsync(Request(Document, "{\"skipName\": true, \"withYears\": false}"));
        var bothAgain = await executor.ExecuteAsync(Request(Document, "{\"skipName\": false, \"withYears\": true}"));

        Assert.Equal(Q("{'data':{'mentor':{'name':'Ada','years':12}}}"), Json(both));
        Assert.Equal(Q("{'data':{'mentor':{}}}"), Json(none));
        Assert.Equal(Json(both), Json(bothAgain));
        Assert.Equal(1, executor.Statistics.PlanCompilations);
    }

    [Fact]
    public async Task SkipWinsOverInclude_OnTheSameSelection()
    {
        Assert.Equal(
            Q("{'data':{'mentor':{}}}"),
            await ExecuteJsonAsync(_schema, "{ mentor { name @skip(if: true) @include(if: true) } }"));
    }

    [Fact]
    public async Task FieldSkippedInOneFragment_IsStillIncludedFromAnother()
    {
        Assert.Equal(
            Q("{'data':{'mentor':{'name':'Ada'}}}"),
            await ExecuteJsonAsync(_schema, "{ mentor { name @skip(if: true) ... on Mentor { name } } }"));
    }

    [Fact]
    public async Task Typename_IsAvailableOnEveryObjectAndTheRoot()
    {
        Assert.Equal(
            Q("{'data':{'__typename':'Query','mentor':{'kind':'Mentor'}}}"),
            await ExecuteJsonAsync(_schema, "{ __typename mentor { kind: __typename } }"));
    }
}
