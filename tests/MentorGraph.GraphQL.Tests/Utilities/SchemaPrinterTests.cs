using MentorGraph.GraphQL.Tests.Snapshots;
using MentorGraph.GraphQL.Types.Builders;
using MentorGraph.GraphQL.Utilities;

namespace MentorGraph.GraphQL.Tests.Utilities;

public sealed class SchemaPrinterTests
{
    private const string KitchenSink = """"
        schema {
          query: Root
          mutation: Changes
        }

        """Who may see a field."""
        directive @auth(role: Role = MENTOR, scopes: [String!] = ["read"]) repeatable on FIELD_DEFINITION | OBJECT

        directive @key(fields: String!) on OBJECT | INTERFACE

        """
        A mentoring organisation.
        It has mentors and mentees.
        """
        type Organization implements Node @key(fields: "id") {
          id: ID!

          """The organisation's name."""
          name: String!
          mentors(
            """How many to return."""
            first: Int = 20
            after: String
          ): [Mentor!]! @auth(role: ADMIN)
          legacyCode: String @deprecated
          slug: String @deprecated(reason: "Use `id`.")
        }

        interface Node {
          id: ID!
        }

        type Mentor implements Node {
          id: ID!
          languages: [LanguageCode!]!
          contact(kind: ContactKind! = EMAIL): Contact
        }

        scalar LanguageCode @specifiedBy(url: "https://www.rfc-editor.org/rfc/rfc5646")

        enum ContactKind {
          EMAIL

          """Phone, where available."""
          PHONE
          FAX @deprecated(reason: "Nobody has one.")
        }

        union Contact = Email | Phone

        type Email {
          address: String!
        }

        type Phone {
          number: String!
        }

        enum Role {
          MENTOR
          ADMIN
        }

        input MentorFilter @oneOf {
          language: LanguageCode
          organizationId: ID
        }

        input Page {
          first: Int = 20
          filter: MentorFilter
          tags: [String!] = ["a", "b"]
        }

        type Root {
          organizations(page: Page = {first: 10}): [Organization!]!
          node(id: ID!): Node
        }

        type Changes {
          rename(id: ID!, name: String!): Organization
        }
        """";

    [Fact]
    public void Print_KitchenSink_IsTheCanonicalSdl()
    {
        var schema = SchemaBuilder.FromSdl(KitchenSink);

        Assert.Equal(KitchenSink, SchemaPrinter.Print(schema, new SchemaPrinterOptions { IncludeAppliedDirectives = true }));
    }

    [Fact]
    public void Print_RoundTrip_GivesTheSameText()
    {
        var printed = SchemaPrinter.Print(SchemaBuilder.FromSdl(KitchenSink));

        Assert.Equal(printed, SchemaPrinter.Print(SchemaBuilder.FromSdl(printed)));
    }

    [Fact]
    public void Print_SortedLexicographically_MatchesSnapshot()
    {
        var schema = SchemaBuilder.FromSdl(KitchenSink);

        Snapshot.Match(SchemaPrinter.Print(schema, new SchemaPrinterOptions { SortLexicographically = true }));
    }

    [Fact]
    public void Print_WithoutAppliedDirectives_OmitsThemLikeGraphQLJs()
    {
        var printed = SchemaPrinter.Print(SchemaBuilder.FromSdl(KitchenSink));

        Assert.DoesNotContain("@key(fields: \"id\")", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("@auth(role: ADMIN)", printed, StringComparison.Ordinal);
        Assert.Contains("legacyCode: String @deprecated\n", printed, StringComparison.Ordinal);
        Assert.Contains("scalar LanguageCode @specifiedBy(url: \"https://www.rfc-editor.org/rfc/rfc5646\")", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void Print_DefaultRootNamesWithoutDescription_OmitsSchemaDefinition()
    {
        Assert.Equal("type Query {\n  a: Int\n}", SchemaPrinter.Print(SchemaBuilder.FromSdl("schema { query: Query }\ntype Query { a: Int }")));
    }
}
