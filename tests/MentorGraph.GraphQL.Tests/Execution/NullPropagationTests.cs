using MentorGraph.GraphQL.Types;
using static MentorGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace MentorGraph.GraphQL.Tests.Execution;

/// <summary>Spec 6.4.4 Handling Field Errors: a field error makes the field null, and a null in a non-null position propagates to the nearest nullable parent.</summary>
public sealed class NullPropagationTests
{
    private static readonly ObjectType _mentor = new("Mentor", () =>
    [
        Field("name", StringType, _ => "Ada"),
        Field("nullableFails", StringType, _ => throw new InvalidOperationException("secret")),
        Field("nonNullFails", NonNull(StringType), _ => throw new InvalidOperationException("secret")),
        Field("nonNullReturnsNull", NonNull(StringType), _ => null),
        Field("self", _mentor!, _ => new object()),
        Field("nonNullSelf", NonNull(_mentor!), _ => new object()),
    ]);

    private static readonly Schema _schema = SchemaWithQuery(
        Field("mentor", _mentor, _ => new object()),
        Field("nonNullMentor", NonNull(_mentor), _ => new object()),
        Field("mentors", ListOf(_mentor), _ => new[] { new object(), new object() }),
        Field("strictMentors", ListOf(NonNull(_mentor)), _ => new[] { new object(), new object() }),
        Field("names", ListOf(NonNull(StringType)), _ => new[] { "a", null, "c" }),
        Field("nullableNames", ListOf(StringType), _ => new[] { "a", null, "c" }),
        Field("other", StringType, _ => "still here"));

    [Fact]
    public async Task NullableFieldError_NullsTheFieldOnly_AndReportsPathAndLocation()
    {
        var json = await ExecuteJsonAsync(_schema, "{ mentor { name nullableFails } other }");

        Assert.Equal(
            Q("{'errors':[{'message':'Unexpected Execution Error','locations':[{'line':1,'column':17}],'path':['mentor','nullableFails'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':{'mentor':{'name':'Ada','nullableFails':null},'other':'still here'}}"),
            json);
    }

    [Fact]
    public async Task NonNullFieldError_NullsTheNearestNullableParent()
    {
        var json = await ExecuteJsonAsync(_schema, "{ mentor { name nonNullFails } other }");

        Assert.Equal(
            Q("{'errors':[{'message':'Unexpected Execution Error','locations':[{'line':1,'column':17}],'path':['mentor','nonNullFails'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':{'mentor':null,'other':'still here'}}"),
            json);
    }

    [Fact]
    public async Task NonNullFieldReturningNull_ReportsCannotReturnNull()
    {
        var json = await ExecuteJsonAsync(_schema, "{ mentor { nonNullReturnsNull } }");

        Assert.Equal(
            Q("{'errors':[{'message':'Cannot return null for non-nullable field Mentor.nonNullReturnsNull.','locations':[{'line':1,'column':12}],'path':['mentor','nonNullReturnsNull']}],'data':{'mentor':null}}"),
            json);
    }

    [Fact]
    public async Task NullPropagatesThroughNonNullParents_UpToTheFirstNullableOne()
    {
        var json = await ExecuteJsonAsync(_schema, "{ mentor { self { nonNullSelf { nonNullSelf { nonNullFails } } } } }");

        Assert.Equal(
            Q("{'errors':[{'message':'Unexpected Execution Error','locations':[{'line':1,'column':47}],'path':['mentor','self','nonNullSelf','nonNullSelf','nonNullFails'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':{'mentor':{'self':null}}}"),
            json);
    }

    [Fact]
    public async Task NullReachingTheRoot_MakesDataNull()
    {
        var result = await ExecuteAsync(_schema, "{ other nonNullMentor { nonNullFails } }");

        Assert.True(result.HasData);
        Assert.Null(result.Data);
        Assert.Null(result.RequestError);
        Assert.Equal(
            Q("{'errors':[{'message':'Unexpected Execution Error','locations':[{'line':1,'column':25}],'path':['nonNullMentor','nonNullFails'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':null}"),
            Json(result));
    }

    [Fact]
    public async Task ErrorInListItem_CarriesTheIndexInItsPath()
    {
        var json = await ExecuteJsonAsync(_schema, "{ mentors { nonNullFails } }");

        Assert.Equal(
            Q("{'errors':[" +
              "{'message':'Unexpected Execution Error','locations':[{'line':1,'column':13}],'path':['mentors',0,'nonNullFails'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}," +
              "{'message':'Unexpected Execution Error','locations':[{'line':1,'column':13}],'path':['mentors',1,'nonNullFails'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}]," +
              "'data':{'mentors':[null,null]}}"),
            json);
    }

    [Fact]
    public async Task NullInNonNullListItem_NullsTheWholeList()
    {
        var json = await ExecuteJsonAsync(_schema, "{ strictMentors { nonNullFails } other }");

        Assert.Equal(
            Q("{'errors':[{'message':'Unexpected Execution Error','locations':[{'line':1,'column':19}],'path':['strictMentors',0,'nonNullFails'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':{'strictMentors':null,'other':'still here'}}"),
            json);
    }

    [Fact]
    public async Task NullScalarInNonNullItemList_ReportsTheItemPath()
    {
        var json = await ExecuteJsonAsync(_schema, "{ names nullableNames }");

        Assert.Equal(
            Q("{'errors':[{'message':'Cannot return null for non-nullable field Query.names.','locations':[{'line':1,'column':3}],'path':['names',1]}],'data':{'names':null,'nullableNames':['a',null,'c']}}"),
            json);
    }

    [Fact]
    public async Task AsyncNonNullError_PropagatesLikeASynchronousOne()
    {
        var inner = new ObjectType("Inner", () =>
        [
            AsyncField("late", NonNull(StringType), async _ =>
            {
                await Task.Yield();
                throw new InvalidOperationException("late failure");
            }),
            Field("early", StringType, _ => "ok"),
        ]);
        var schema = SchemaWithQuery(
            AsyncField("outer", inner, async _ =>
            {
                await Task.Yield();
                return new object();
            }),
            Field("sibling", StringType, _ => "kept"));

        var json = await ExecuteJsonAsync(schema, "{ outer { early late } sibling }");

        Assert.Equal(
            Q("{'errors':[{'message':'Unexpected Execution Error','locations':[{'line':1,'column':17}],'path':['outer','late'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':{'outer':null,'sibling':'kept'}}"),
            json);
    }
}
