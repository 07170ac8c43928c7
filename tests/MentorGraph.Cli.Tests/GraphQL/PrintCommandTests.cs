using MentorGraph.Api.Features;
using MentorGraph.Cli.Tests.Infrastructure;
using MentorGraph.GraphQL.Utilities;

namespace MentorGraph.Cli.Tests.GraphQL;

public sealed class PrintCommandTests : IDisposable
{
    private readonly WorkFolder _files = new();

    [Fact]
    public async Task Print_SchemaFile_PrintsCanonicalSdl()
    {
        var schema = _files.Write("s.graphql", "type Query { b: String a(x: Int = 1): [Int!] }");

        var run = await CliRun.RunAsync("graphql", "print", "--schema", schema);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("type Query {\n  b: String\n  a(x: Int = 1): [Int!]\n}\n", run.Output);
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task Print_SchemaFromApi_PrintsThePublishedSchemaText()
    {
        var run = await CliRun.RunAsync("graphql", "print", "--schema-from-api");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(SchemaPrinter.Print(MentorGraphSchema.Create()) + "\n", run.Output);
    }

    [Fact]
    public async Task Print_NeitherSchemaNorApi_IsAUsageError()
    {
        var run = await CliRun.RunAsync("graphql", "print");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("Give exactly one of --schema S.graphql and --schema-from-api.", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task Print_SyntaxErrorInSchema_NamesFileLineAndColumn()
    {
        var schema = _files.Write("broken.graphql", "type Query {\n  a: \n}");

        var run = await CliRun.RunAsync("graphql", "print", "--schema", schema);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Equal($"mentorgraph: {schema}:3:1: Syntax Error: Expected Name, found \"}}\".\n", run.Error);
    }

    [Fact]
    public async Task Print_InvalidSchema_ListsTheProblemsWithoutAStackTrace()
    {
        var schema = _files.Write("invalid.graphql", "type Query { a: Missing }");

        var run = await CliRun.RunAsync("graphql", "print", "--schema", schema);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.StartsWith($"mentorgraph: {schema}: The schema is invalid:", run.Error, StringComparison.Ordinal);
        Assert.Contains("Missing", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Print_MissingFile_SaysSo()
    {
        var run = await CliRun.RunAsync("graphql", "print", "--schema", _files.Path("nowhere.graphql"));

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Equal($"mentorgraph: cannot read {_files.Path("nowhere.graphql")}: no such file\n", run.Error);
    }

    public void Dispose() => _files.Dispose();
}
