using System.Text.Json;
using MentorGraph.Cli.Tests.Infrastructure;

namespace MentorGraph.Cli.Tests.GraphQL;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly WorkFolder _files = new();
    private readonly string _schema;

    public ValidateCommandTests() => _schema = _files.Write("s.graphql", DirectorySchema.Sdl);

    [Fact]
    public async Task Validate_AllValid_PrintsNothingAndExitsZero()
    {
        var a = _files.Write("a.graphql", "{ mentors { name } }");
        var b = _files.Write("b.graphql", "query Find($text: String!) { search(text: $text) { ... on Event { title } } }");

        var run = await CliRun.RunAsync("graphql", "validate", "--schema", _schema, a, b);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task Validate_InvalidFile_PrintsOneJsonLineWithItsErrors()
    {
        var valid = _files.Write("valid.graphql", "{ greeting }");
        var invalid = _files.Write("invalid.graphql", "{ mentors { nickname } }");

        var run = await CliRun.RunAsync("graphql", "validate", "--schema", _schema, valid, invalid);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        var line = Assert.Single(run.OutputLines);
        Assert.Equal(
            $$$"""{"file":"{{{invalid}}}","errors":[{"message":"Cannot query field \"nickname\" on type \"Mentor\". Did you mean \"name\"?","locations":[{"line":1,"column":13}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}""",
            line);
    }

    [Fact]
    public async Task Validate_SyntaxError_IsReportedAsTheFilesError()
    {
        var broken = _files.Write("broken.graphql", "{ mentors { ");

        var run = await CliRun.RunAsync("graphql", "validate", "--schema", _schema, broken);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        using var report = JsonDocument.Parse(Assert.Single(run.OutputLines));
        var error = Assert.Single(report.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("GRAPHQL_PARSE_FAILED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.StartsWith("Syntax Error:", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_NoOperationFiles_IsAUsageError()
    {
        var run = await CliRun.RunAsync("graphql", "validate", "--schema", _schema);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("Run 'mentorgraph graphql validate --help' for usage.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_MissingOperationFile_IsAUsageErrorBeforeAnyReport()
    {
        var invalid = _files.Write("invalid.graphql", "{ nope }");

        var run = await CliRun.RunAsync("graphql", "validate", "--schema", _schema, invalid, _files.Path("missing.graphql"));

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Contains("no such file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_InvalidSchema_IsAUsageError()
    {
        var schema = _files.Write("bad.graphql", "type Query");
        var operation = _files.Write("op.graphql", "{ a }");

        var run = await CliRun.RunAsync("graphql", "validate", "--schema", schema, operation);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.StartsWith($"mentorgraph: {schema}", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _files.Dispose();
}
