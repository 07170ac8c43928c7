using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;
using MentorGraph.GraphQL.Types.Scalars;

namespace MentorGraph.GraphQL.Tests.Validation.Limits;

/// <summary>
/// A schema carrying cost directives, built in code with the directives as syntax, as SDL
/// would give them:
/// <code>
/// type Query {
///   mentor(id: ID): Mentor
///   mentors(first: Int, last: Int): [Mentor] @listSize(slicingArguments: ["first", "last"])
///   mentorsLoose(first: Int = 5): [Mentor] @listSize(slicingArguments: ["first"], requireOneSlicingArgument: false)
///   topMentors: [Mentor] @listSize(assumedSize: 3)
///   tags: [String]
///   connection(first: Int): MentorConnection @listSize(slicingArguments: ["first"], sizedFields: ["edges"])
///   search(filter: Filter, text: String @cost(weight: 4)): [Mentor] @cost(weight: "5") @listSize(assumedSize: 2)
///   report: Report
/// }
/// type Mentor { name: String skills: [String] mentees: [Mentor] bio: String @cost(weight: 2) }
/// type Report @cost(weight: 20) { total: Int }
/// type MentorConnection { edges: [MentorEdge] total: Int }
/// type MentorEdge { node: Mentor }
/// input Filter { expensive: Boolean @cost(weight: 7) cheap: Boolean }
/// </code>
/// </summary>
internal static class CostSchema
{
    public static Schema Instance { get; } = Build();

    private static DirectiveNode Cost(ValueNode weight) => new(new NameNode("cost"), [new ArgumentNode(new NameNode("weight"), weight)]);

    private static DirectiveNode ListSize(params (string Name, ValueNode Value)[] arguments) =>
        new(new NameNode("listSize"), [.. arguments.Select(a => new ArgumentNode(new NameNode(a.Name), a.Value))]);

    private static ListValueNode Strings(params string[] values) => new([.. values.Select(v => (ValueNode)new StringValueNode(v, false))]);

    private static Schema Build()
    {
        var @string = SpecifiedScalars.String;
        var @int = SpecifiedScalars.Int;
        ObjectType? mentor = null;
        mentor = new ObjectType("Mentor", () =>
        [
            new FieldDefinition("name", @string),
            new FieldDefinition("skills", new ListType(@string)),
            new FieldDefinition("mentees", new ListType(mentor!)),
            new FieldDefinition("bio", @string) { Directives = [Cost(new IntValueNode("2"))] },
        ]);
        var report = new ObjectType("Report", () => [new FieldDefinition("total", @int)]) { Directives = [Cost(new IntValueNode("20"))] };
        var edge = new ObjectType("MentorEdge", () => [new FieldDefinition("node", mentor)]);
        var connection = new ObjectType("MentorConnection", () => [new FieldDefinition("edges", new ListType(edge)), new FieldDefinition("total", @int)]);
        var filter = new InputObjectType("Filter", () =>
        [
            new InputValueDefinition("expensive", SpecifiedScalars.Boolean) { Directives = [Cost(new IntValueNode("7"))] },
            new InputValueDefinition("cheap", SpecifiedScalars.Boolean),
        ]);

        var query = new ObjectType("Query", () =>
        [
            new FieldDefinition("mentor", mentor) { Arguments = [new InputValueDefinition("id", SpecifiedScalars.ID)] },
            new FieldDefinition("mentors", new ListType(mentor))
            {
                Arguments = [new InputValueDefinition("first", @int), new InputValueDefinition("last", @int)],
                Directives = [ListSize(("slicingArguments", Strings("first", "last")))],
            },
            new FieldDefinition("mentorsLoose", new ListType(mentor))
            {
                Arguments = [new InputValueDefinition("first", @int) { DefaultValue = new IntValueNode("5") }],
                Directives = [ListSize(("slicingArguments", Strings("first")), ("requireOneSlicingArgument", new BooleanValueNode(false)))],
            },
            new FieldDefinition("topMentors", new ListType(mentor)) { Directives = [ListSize(("assumedSize", new IntValueNode("3")))] },
            new FieldDefinition("tags", new ListType(@string)),
            new FieldDefinition("connection", connection)
            {
                Arguments = [new InputValueDefinition("first", @int)],
                Directives = [ListSize(("slicingArguments", Strings("first")), ("sizedFields", Strings("edges")))],
            },
            new FieldDefinition("search", new ListType(mentor))
            {
                Arguments = [new InputValueDefinition("filter", filter), new InputValueDefinition("text", @string) { Directives = [Cost(new IntValueNode("4"))] }],
                Directives = [Cost(new StringValueNode("5", false)), ListSize(("assumedSize", new IntValueNode("2")))],
            },
            new FieldDefinition("report", report),
        ]);

        return new Schema(new SchemaConfig { Query = query });
    }
}
