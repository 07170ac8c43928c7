using System.Text;
using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Tests.Language;

public sealed class ParserLocationTests
{
    [Fact]
    public void Document_SpansTheWholeSource()
    {
        var document = Parser.Parse("  { a }  \n");
        Assert.Equal(new Location(0, 10, 1, 1), document.Location);
    }

    [Fact]
    public void Nodes_SpanFromFirstToLastToken()
    {
        const string source = "query Q($v: Int = 1) {\n  alias: field(arg: [1, 2]) @dir\n}";
        var operation = (OperationDefinitionNode)Parser.Parse(source).Definitions[0];
        Assert.Equal(new Location(0, source.Length, 1, 1), operation.Location);
        Assert.Equal(new Location(6, 7, 1, 7), operation.Name!.Location);

        var variable = operation.VariableDefinitions[0];
        Assert.Equal("$v: Int = 1", Slice(source, variable.Location));
        Assert.Equal(new Location(8, 19, 1, 9), variable.Location);
        Assert.Equal("$v", Slice(source, variable.Variable.Location));

        var field = (FieldNode)operation.SelectionSet.Selections[0];
        Assert.Equal("alias: field(arg: [1, 2]) @dir", Slice(source, field.Location));
        Assert.Equal((2, 3), (field.Location!.Value.Line, field.Location.Value.Column));
        Assert.Equal("field", Slice(source, field.Name.Location));
        Assert.Equal((2, 10), (field.Name.Location!.Value.Line, field.Name.Location.Value.Column));
        Assert.Equal("arg: [1, 2]", Slice(source, field.Arguments[0].Location));
        Assert.Equal("[1, 2]", Slice(source, field.Arguments[0].Value.Location));
        Assert.Equal("@dir", Slice(source, field.Directives[0].Location));
        Assert.Equal("{\n  alias: field(arg: [1, 2]) @dir\n}", Slice(source, operation.SelectionSet.Location));
    }

    [Fact]
    public void TypeReferences_SpanTheirModifiers()
    {
        const string source = "query Q($v: [Int!]!) { a }";
        var variable = ((OperationDefinitionNode)Parser.Parse(source).Definitions[0]).VariableDefinitions[0];
        var nonNull = Assert.IsType<NonNullTypeNode>(variable.Type);
        Assert.Equal("[Int!]!", Slice(source, nonNull.Location));
        Assert.Equal("[Int!]", Slice(source, nonNull.Type.Location));
        Assert.Equal("Int!", Slice(source, ((ListTypeNode)nonNull.Type).Type.Location));
    }

    [Fact]
    public void TypeDefinition_SpansFromItsDescription()
    {
        const string source = "\n\"\"\"\nA mentor.\n\"\"\"\ntype Mentor {\n  name: String\n}\n";
        var type = (ObjectTypeDefinitionNode)Parser.Parse(source).Definitions[0];
        Assert.Equal(new Location(1, source.Length - 1, 2, 1), type.Location);
        Assert.Equal("\"\"\"\nA mentor.\n\"\"\"", Slice(source, type.Description!.Location));
        Assert.Equal((5, 6), (type.Name.Location!.Value.Line, type.Name.Location.Value.Column));
        Assert.Equal((6, 3), (type.Fields[0].Location!.Value.Line, type.Fields[0].Location!.Value.Column));
    }

    [Fact]
    public void Locations_AreUtf8Offsets_AndColumnsAreCharacters()
    {
        const string source = "{ a(s: \"\u00e9\U0001F600\") b }";
        var operation = (OperationDefinitionNode)Parser.Parse(source).Definitions[0];
        var b = operation.SelectionSet.Selections[1];
        Assert.Equal(new Location(17, 18, 1, 14), b.Location);
        Assert.Equal("b", Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(source)[17..18]));
    }

    [Fact]
    public void Locations_CountCrLfAsOneLineBreak()
    {
        var document = Parser.Parse("{\r\n  a\r\n\r  b\n}");
        var selections = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections;
        Assert.Equal((2, 3), (selections[0].Location!.Value.Line, selections[0].Location!.Value.Column));
        Assert.Equal((4, 3), (selections[1].Location!.Value.Line, selections[1].Location!.Value.Column));
    }

    private static string Slice(string source, Location? location)
    {
        Assert.NotNull(location);
        var bytes = Encoding.UTF8.GetBytes(source);
        return Encoding.UTF8.GetString(bytes[location.Value.Start..location.Value.End]);
    }
}
