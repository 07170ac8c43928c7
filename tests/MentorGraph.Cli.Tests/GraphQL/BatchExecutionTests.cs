using System.Text.Json;
using MentorGraph.Cli.Tests.Infrastructure;

namespace MentorGraph.Cli.Tests.GraphQL;

public sealed class BatchExecutionTests : IDisposable
{
    private readonly WorkFolder _files = new();

    [Fact]
    public async Task Batch_PrintsOneResponseLinePerCaseInOrder()
    {
        _files.Write("s.graphql", DirectorySchema.Sdl);
        var sdl = JsonSerializer.Serialize("type Query { n: Int }");
        var cases = _files.Write("cases.jsonl", string.Join('\n',
            """{"schemaPath":"s.graphql","query":"{ greeting }","data":{"greeting":"hi"}}""",
            "",
            $$$"""{"schema":{{{sdl}}},"query":"query($v: Boolean!) { n @include(if: $v) }","variables":{"v":true},"data":{"n":7}}""",
            """{"schemaPath":"s.graphql","query":"query A { greeting } query B { mentors { name } }","operationName":"B","data":{"mentors":[{"name":"Amal"}]}}"""));

        var run = await CliRun.RunAsync("graphql", "execute", "--batch", cases);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(
            [
                """{"data":{"greeting":"hi"}}""",
                """{"data":{"n":7}}""",
                """{"data":{"mentors":[{"name":"Amal"}]}}""",
            ],
            run.OutputLines);
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task Batch_CaseThatCannotRun_GetsAnErrorLineAndTheOthersStillRun()
    {
        var cases = _files.Write("cases.jsonl", string.Join('\n',
            "not json",
            """{"query":"{ a }"}""",
            """{"schema":"type Query { a: Missing }","query":"{ a }"}""",
            """{"schema":"type Query { a: String }","query":"{ a }","data":{"a":"ok"}}"""));

        var run = await CliRun.RunAsync("graphql", "execute", "--batch", cases);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        var lines = run.OutputLines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(4, lines.Count);
        Assert.Equal("INVALID_CASE", Code(lines[0]));
        Assert.StartsWith($"{cases}:1: the case is not valid JSON", Message(lines[0]), StringComparison.Ordinal);
        Assert.Equal("INVALID_CASE", Code(lines[1]));
        Assert.Equal("INVALID_SCHEMA", Code(lines[2]));
        Assert.Equal("""{"data":{"a":"ok"}}""", lines[3].GetRawText());
    }

    [Fact]
    public async Task Batch_SameSchemaTextInManyCases_IsBuiltOnceAndGivesTheSameAnswers()
    {
        var sdl = JsonSerializer.Serialize("type Query { n: Int }");
        var lines = Enumerable.Range(0, 200).Select(i => "{\"schema\":" + sdl + ",\"query\":\"{ n }\",\"data\":{\"n\":" + i + "}}");
        var cases = _files.Write("cases.jsonl", string.Join('\n', lines));

        var run = await CliRun.RunAsync("graphql", "execute", "--batch", cases);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(Enumerable.Range(0, 200).Select(i => "{\"data\":{\"n\":" + i + "}}"), run.OutputLines);
    }

    [Fact]
    public async Task Batch_MissingFile_IsAUsageError()
    {
        var run = await CliRun.RunAsync("graphql", "execute", "--batch", _files.Path("none.jsonl"));

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Equal($"mentorgraph: cannot read {_files.Path("none.jsonl")}: no such file\n", run.Error);
    }

    private static string? Code(JsonElement response) =>
        response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    private static string? Message(JsonElement response) => response.GetProperty("errors")[0].GetProperty("message").GetString();

    public void Dispose() => _files.Dispose();
}
