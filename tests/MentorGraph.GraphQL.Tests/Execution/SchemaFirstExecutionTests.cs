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
}
