using MentorGraph.GraphQL.Types;
using MentorGraph.GraphQL.Types.Builders;
using MentorGraph.GraphQL.Utilities;

namespace MentorGraph.GraphQL.AspNetCore.Tests.Fuzz;

/// <summary>
/// A schema with a little of everything the executor handles: arguments of every input kind,
/// interfaces and unions resolved from <c>__typename</c>, recursion, lists with nulls, resolvers
/// that throw, a mutation. Its data is a JSON-like map, as <c>mentorgraph graphql serve</c> uses.
/// </summary>
internal static class FuzzSchema
{
    public const string Sdl = """
        type Query {
          organizations(kind: Kind, first: Int = 10, filter: Filter): [Organization!]!
          organization(slug: String!): Organization
          search(text: String!, limit: Int): [SearchResult!]!
          node(id: ID!): Node
          echo(text: String, numbers: [Int!], at: DateTime, ratio: Float, flag: Boolean): String
          failing: String
          failingNonNull: String!
          tags: [String]
          lookup(key: Key!): Organization
        }

        type Mutation {
          rename(id: ID!, name: String!): Organization
        }

        interface Node {
          id: ID!
        }

        type Organization implements Node {
          id: ID!
          name: String!
          kind: Kind!
          parent: Organization
          tags: [String]
          failing: Int
        }

        type Event implements Node {
          id: ID!
          title: String
          startsAt: DateTime
        }

        union SearchResult = Organization | Event

        enum Kind {
          NGO
          UNIVERSITY
          EMPLOYER
        }

        input Filter {
          kind: Kind
          names: [String!]
          nested: Filter
        }

        input Key @oneOf {
          id: ID
          slug: String
        }

        scalar DateTime
        """;

    /// <summary>The query field names and the SDL's other names, for the random generators.</summary>
    public static readonly string[] Names =
    [
        "organizations", "organization", "search", "node", "echo", "failing", "failingNonNull", "tags", "rename", "lookup", "key",
        "id", "name", "kind", "parent", "title", "startsAt", "slug", "text", "limit", "first", "filter", "names", "nested",
        "numbers", "at", "ratio", "flag", "__typename", "__schema", "__type", "fields", "types", "ofType",
        "Organization", "Event", "Node", "SearchResult", "Kind", "Filter", "Key", "String", "Int", "Boolean", "ID", "Float",
        "NGO", "UNIVERSITY", "EMPLOYER", "skip", "include", "deprecated", "oneOf", "x", "f", "v",
    ];

    public static Schema Create()
    {
        var resolvers = new ResolverMap();
        resolvers["Query"].Add("failing", _ => throw new InvalidOperationException("a resolver failed"));
        resolvers["Query"].Add("failingNonNull", _ => throw new InvalidOperationException("a non-null resolver failed"));
        resolvers["Organization"].Add("failing", _ => throw new InvalidOperationException("a nested resolver failed"));
        resolvers["Query"].Add("echo", context => string.Join(",", context.Arguments.Select(argument => $"{argument.Key}={argument.Value}")));
        return SchemaBuilder.FromSdl(Sdl, resolvers);
    }

    public static Dictionary<string, object?> Data()
    {
        var berlin = new Dictionary<string, object?> { ["__typename"] = "Organization", ["id"] = "1", ["name"] = "Bridges Berlin", ["kind"] = "NGO", ["tags"] = new List<object?> { "ar", null, "de" } };
        var lyon = new Dictionary<string, object?> { ["__typename"] = "Organization", ["id"] = "2", ["name"] = "Lyon", ["kind"] = "UNIVERSITY", ["parent"] = berlin };
        berlin["parent"] = lyon;
        var fair = new Dictionary<string, object?> { ["__typename"] = "Event", ["id"] = "3", ["title"] = "Career fair", ["startsAt"] = "2025-05-01T09:30:00Z" };
        var broken = new Dictionary<string, object?> { ["__typename"] = "Unknown", ["id"] = "4" };
        return new Dictionary<string, object?>
        {
            ["organizations"] = new List<object?> { berlin, lyon, null },
            ["organization"] = berlin,
            ["search"] = new List<object?> { berlin, fair, broken },
            ["node"] = fair,
            ["tags"] = new List<object?> { "a", 1, null },
            ["rename"] = lyon,
            ["lookup"] = lyon,
        };
    }
}
