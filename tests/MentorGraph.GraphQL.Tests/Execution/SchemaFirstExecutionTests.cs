using System.Text.Json;
using MentorGraph.GraphQL.Types.Builders;
using static MentorGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace MentorGraph.GraphQL.Tests.Execution;

/// <summary>A schema built from SDL with JSON data as the root value, as <c>mentorgraph graphql execute</c> runs it.</summary>
public sealed class SchemaFirstExecutionTests
{
    private const string Sdl = """
        type Query { organizations: [Organization!]! search(term: String!): [Result!]! }
        type Organization { id: ID! name: String! mentors: [Mentor!]! }
        type Mentor { name: String! years: Int }
        union Result = Organization | Mentor
        """;

    private const string Data = """
        {
          "organizations": [{ "id": 1, "name": "Mentors United", "mentors": [{ "name": "Ada", "years": 12 }] }],
          "search": [{ "__typename": "Mentor", "name": "Ada" }, { "__typename": "Organization", "id": "o1", "name": "MU" }]
        }
        """;

    [Fact]
    public async Task JsonRootValue_IsReadByTheDefaultResolver_AndUnionsByTypename()
    {
        var schema = SchemaBuilder.FromSdl(Sdl);
        using var data = JsonDocument.Parse(Data);

        var json = await ExecuteJsonAsync(
            schema,
            "{ organizations { id name mentors { name years } } search(term: \"a\") { __typename ... on Mentor { name } ... on Organization { id } } }",
            rootValue: data.RootElement);

        Assert.Equal(
            Q("{'data':{'organizations':[{'id':'1','name':'Mentors United','mentors':[{'name':'Ada','years':12}]}],'search':[{'__typename':'Mentor','name':'Ada'},{'__typename':'Organization','id':'o1'}]}}"),
            json);
    }

    [Fact]
    public async Task NullVariableForNonNullArgument_OfADefaultResolvedField_IsAFieldError()
    {
        // Spec 6.4.1 CoerceArgumentValues runs before the resolver, whether or not it reads the
        // arguments: $v has a default, so it may stand for an Int!, but an explicit null may not.
        var schema = SchemaBuilder.FromSdl("type Query { required(v: Int!): String other: String }");
        using var data = JsonDocument.Parse("{ \"required\": \"read\", \"other\": \"fine\" }");

        var json = await ExecuteJsonAsync(schema, "query ($v: Int = 5) { required(v: $v) other }", "{\"v\": null}", data.RootElement);

        Assert.Equal(
            Q("{'errors':[{'message':'Argument \\u0022v\\u0022 of non-null type \\u0022Int!\\u0022 must not be null.','locations':[{'line':1,'column':35}],'path':['required'],'extensions':{'code':'BAD_USER_INPUT'}}],'data':{'required':null,'other':'fine'}}"),
            json);
    }
}
