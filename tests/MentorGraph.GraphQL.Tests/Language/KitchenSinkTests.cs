using System.Runtime.CompilerServices;
using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Tests.Snapshots;

namespace MentorGraph.GraphQL.Tests.Language;

public sealed class KitchenSinkTests
{
    [Fact]
    public void ExecutableKitchenSink_PrintsAsSnapshot() =>
        Snapshot.Match(Printer.Print(Parser.Parse(Fixture("kitchen-sink.graphql"))));

    [Fact]
    public void SchemaKitchenSink_PrintsAsSnapshot() =>
        Snapshot.Match(Printer.Print(Parser.Parse(Fixture("schema-kitchen-sink.graphql"))));

    [Theory]
    [InlineData("kitchen-sink.graphql")]
    [InlineData("schema-kitchen-sink.graphql")]
    public void KitchenSink_RoundTripsThroughThePrinter(string fixture)
    {
        var document = Parser.Parse(Fixture(fixture));
        var printed = Printer.Print(document);
        var reparsed = Parser.Parse(printed);
        Assert.Equal(SyntaxTreeText.Of(document), SyntaxTreeText.Of(reparsed));
        Assert.Equal(printed, Printer.Print(reparsed));
    }

    [Fact]
    public void ExecutableKitchenSink_HasEveryExecutableNodeKind()
    {
        var kinds = KindsIn(Parser.Parse(Fixture("kitchen-sink.graphql")));
        SyntaxKind[] executable =
        [
            SyntaxKind.Name, SyntaxKind.Document, SyntaxKind.OperationDefinition, SyntaxKind.FragmentDefinition,
            SyntaxKind.VariableDefinition, SyntaxKind.SelectionSet, SyntaxKind.Field, SyntaxKind.FragmentSpread,
            SyntaxKind.InlineFragment, SyntaxKind.Argument, SyntaxKind.Variable, SyntaxKind.IntValue, SyntaxKind.FloatValue,
            SyntaxKind.StringValue, SyntaxKind.BooleanValue, SyntaxKind.NullValue, SyntaxKind.EnumValue, SyntaxKind.ListValue,
            SyntaxKind.ObjectValue, SyntaxKind.ObjectField, SyntaxKind.Directive, SyntaxKind.NamedType, SyntaxKind.ListType,
            SyntaxKind.NonNullType,
        ];
        Assert.Empty(executable.Except(kinds));
    }

    [Fact]
    public void SchemaKitchenSink_HasEveryTypeSystemNodeKind()
    {
        var kinds = KindsIn(Parser.Parse(Fixture("schema-kitchen-sink.graphql")));
        var typeSystem = Enum.GetValues<SyntaxKind>().Where(k => k >= SyntaxKind.SchemaDefinition);
        Assert.Empty(typeSystem.Except(kinds));
    }

    [Fact]
    public void KitchenSink_ParsesFromUtf8AsFromString()
    {
        var text = Fixture("kitchen-sink.graphql");
        var fromBytes = Parser.Parse(System.Text.Encoding.UTF8.GetBytes(text));
        Assert.Equal(SyntaxTreeText.Of(Parser.Parse(text)), SyntaxTreeText.Of(fromBytes));
    }

    internal static string Fixture(string name, [CallerFilePath] string callerFile = "") =>
        File.ReadAllText(Path.Combine(Path.GetDirectoryName(callerFile)!, "Fixtures", name));

    private static HashSet<SyntaxKind> KindsIn(SyntaxNode root)
    {
        var kinds = new HashSet<SyntaxKind>();
        var pending = new Stack<object>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var item = pending.Pop();
            if (item is SyntaxNode node)
            {
                kinds.Add(node.Kind);
                foreach (var property in node.GetType().GetProperties())
                {
                    if (property.Name != nameof(SyntaxNode.Location) && property.GetValue(node) is { } value and not string)
                    {
                        pending.Push(value);
                    }
                }
            }
            else if (item is System.Collections.IEnumerable items)
            {
                foreach (var child in items)
                {
                    pending.Push(child);
                }
            }
        }

        return kinds;
    }
}
