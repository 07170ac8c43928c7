using MentorGraph.Cli.Tests.Infrastructure;

namespace MentorGraph.Cli.Tests.GraphQL;

public sealed class ExecuteCommandTests : IDisposable
{
    private readonly WorkFolder _files = new();
    private readonly string _schema;
    private readonly string _data;

    public ExecuteCommandTests()
    {
        _schema = _files.Write("s.graphql", DirectorySchema.Sdl);
        _data = _files.Write("d.json", DirectorySchema.Data);
    }

    [Fact]
    public async Task Execute_ReadsFieldsFromTheJsonData()
    {
        var query = _files.Write("q.graphql", "{ mentors { name languages } greeting }");

        var run = await CliRun.RunAsync("graphql", "execute", "--schema", _schema, "--query", query, "--data", _data);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        // Non-ASCII text is written as it is, exactly as /graphql writes it.
        Assert.Equal("""{"data":{"mentors":[{"name":"Amal","languages":["ar","de"]}],"greeting":"مرحبا"}}""" + "\n", run.Output);
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task Execute_ResolvesAbstractTypesFromTypename()
    {
        var query = _files.Write("q.graphql", "{ search(text: \"a\") { __typename ... on Event { title } ... on Mentor { name } } }");

        var run = await CliRun.RunAsync("graphql", "execute", "--schema", _schema, "--query", query, "--data", _data);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("""{"data":{"search":[{"__typename":"Event","title":"Career fair"},{"__typename":"Mentor","name":"Amal"}]}}""" + "\n", run.Output);
    }

    [Fact]
    public async Task Execute_WithVariablesAndOperationName_RunsTheNamedOperation()
    {
        var query = _files.Write("q.graphql", "query A { greeting } query B($text: String!) { search(text: $text) { __typename } }");
        var variables = _files.Write("v.json", """{ "text": "x" }""");

        var run = await CliRun.RunAsync(
            "graphql", "execute", "--schema", _schema, "--query", query, "--variables", variables, "--operation", "B", "--data", _data);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("""{"data":{"search":[{"__typename":"Event"},{"__typename":"Mentor"}]}}""" + "\n", run.Output);
    }

    [Fact]
    public async Task Execute_ResponseWithErrors_IsPrintedAndExitsOne()
    {
        var query = _files.Write("q.graphql", "query B($text: String!) { search(text: $text) { __typename } }");

        var run = await CliRun.RunAsync("graphql", "execute", "--schema", _schema, "--query", query, "--data", _data);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal(
            """{"errors":[{"message":"Variable \"$text\" of required type \"String!\" was not provided.","locations":[{"line":1,"column":9}],"extensions":{"code":"BAD_USER_INPUT"}}]}""" + "\n",
            run.Output);
    }

    [Fact]
    public async Task Execute_WithoutData_ResolvesEveryRootFieldToNull()
    {
        var query = _files.Write("q.graphql", "{ greeting }");

        var run = await CliRun.RunAsync("graphql", "execute", "--schema", _schema, "--query", query);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("""{"data":{"greeting":null}}""" + "\n", run.Output);
    }

    [Fact]
    public async Task Execute_VariablesNotAnObject_IsAUsageError()
    {
        var query = _files.Write("q.graphql", "{ greeting }");
        var variables = _files.Write("v.json", "[1, 2]");

        var run = await CliRun.RunAsync("graphql", "execute", "--schema", _schema, "--query", query, "--variables", variables);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Equal($"mentorgraph: {variables}: expected a JSON object.\n", run.Error);
    }

    [Fact]
    public async Task Execute_MalformedData_NamesTheFile()
    {
        var query = _files.Write("q.graphql", "{ greeting }");
        var data = _files.Write("bad.json", "{ \"greeting\": ");

        var run = await CliRun.RunAsync("graphql", "execute", "--schema", _schema, "--query", query, "--data", data);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.StartsWith($"mentorgraph: {data} is not valid JSON:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_WithoutQuery_IsAUsageError()
    {
        var run = await CliRun.RunAsync("graphql", "execute", "--schema", _schema);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("Give --schema S.graphql and --query Q.graphql, or --batch CASES.jsonl.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_BatchWithOtherOptions_IsAUsageError()
    {
        var run = await CliRun.RunAsync("graphql", "execute", "--batch", "cases.jsonl", "--schema", _schema);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("--batch takes no other option", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCommand_IsAUsageError()
    {
        var run = await CliRun.RunAsync("graphql", "compile");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("compile", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _files.Dispose();
}
