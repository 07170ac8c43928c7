using MentorGraph.GraphQL.Types;
using static MentorGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace MentorGraph.GraphQL.Tests.Execution;

/// <summary>Spec 6.4.3 CompleteValue for lists, and result coercion of leaves (spec 3.5 "Result Coercion").</summary>
public sealed class ListCompletionTests
{
    private enum Weekday
    {
        Monday,
        Tuesday,
    }

    private static readonly EnumType _weekday = new("Weekday", [new EnumValueDefinition("MONDAY", Weekday.Monday), new EnumValueDefinition("TUESDAY", Weekday.Tuesday)]);

    private static readonly Schema _schema = SchemaWithQuery(
        Field("numbers", ListOf(IntType), _ => new[] { 1, 2, 3 }),
        Field("matrix", ListOf(ListOf(IntType)), _ => new[] { new[] { 1, 2 }, new[] { 3 } }),
        Field("lazy", ListOf(StringType), _ => Enumerable.Range(1, 3).Select(i => "n" + i)),
        Field("empty", NonNull(ListOf(IntType)), _ => Array.Empty<int>()),
        Field("notAList", ListOf(IntType), _ => 5),
        Field("days", ListOf(_weekday), _ => new[] { Weekday.Tuesday, Weekday.Monday }),
        Field("tooBig", IntType, _ => 3_000_000_000L),
        Field("badDay", _weekday, _ => "SUNDAY"));

    [Fact]
    public async Task ListsOfScalarsAndNestedLists_AreCompletedInOrder()
    {
        Assert.Equal(
            Q("{'data':{'numbers':[1,2,3],'matrix':[[1,2],[3]],'lazy':['n1','n2','n3'],'empty':[]}}"),
            await ExecuteJsonAsync(_schema, "{ numbers matrix lazy empty }"));
    }

    [Fact]
    public async Task NonIterableValueForAList_IsAFieldError()
    {
        Assert.Equal(
            Q("{'errors':[{'message':'Expected Iterable, but did not find one for field \\u0022Query.notAList\\u0022.','locations':[{'line':1,'column':3}],'path':['notAList']}],'data':{'notAList':null}}"),
            await ExecuteJsonAsync(_schema, "{ notAList }"));
    }

    [Fact]
    public async Task EnumValues_SerialiseToTheirNames()
    {
        Assert.Equal(Q("{'data':{'days':['TUESDAY','MONDAY']}}"), await ExecuteJsonAsync(_schema, "{ days }"));
    }

    [Fact]
    public async Task ValuesAScalarCannotRepresent_AreFieldErrors()
    {
        var result = await ExecuteAsync(_schema, "{ tooBig badDay }");

        Assert.Equal(
            ["Int cannot represent non 32-bit signed integer value: 3000000000", "Enum \"Weekday\" cannot represent value: \"SUNDAY\""],
            result.Errors!.Select(error => error.Message));
        Assert.Equal(Q("{'tooBig':null,'badDay':null}"), DataJson(result));
    }
}
