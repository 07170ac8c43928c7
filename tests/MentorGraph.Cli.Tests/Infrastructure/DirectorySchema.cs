namespace MentorGraph.Cli.Tests.Infrastructure;

/// <summary>A small schema-first mentor directory and its JSON data, shared by the command tests.</summary>
public static class DirectorySchema
{
    public const string Sdl = """
        type Query {
          mentors: [Mentor!]!
          search(text: String!): [SearchResult!]!
          greeting: String
        }

        type Mentor {
          name: String!
          languages: [String!]!
        }

        type Event {
          title: String!
        }

        union SearchResult = Mentor | Event
        """;

    public const string Data = """
        {
          "mentors": [{ "name": "Amal", "languages": ["ar", "de"] }],
          "search": [
            { "__typename": "Event", "title": "Career fair" },
            { "__typename": "Mentor", "name": "Amal", "languages": [] }
          ],
          "greeting": "مرحبا"
        }
        """;
}
