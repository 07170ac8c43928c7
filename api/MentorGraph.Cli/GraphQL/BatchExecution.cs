using System.Text.Json;
using MentorGraph.GraphQL;
using MentorGraph.GraphQL.AspNetCore;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Utilities;

namespace MentorGraph.Cli.GraphQL;

/// <summary>
/// <c>graphql execute --batch CASES.jsonl</c>: each non-blank line is a case
/// <c>{"schema": SDL | "schemaPath": file, "query": ..., "variables": {...}, "operationName": ..., "data": ...}</c>
/// and gives one response line, in order. A <c>schemaPath</c> is relative to the cases file.
/// Each distinct schema is built once, with one executor whose document cache serves every case
/// that uses it. A case that cannot run (bad JSON, an invalid schema) gets a response line with
/// one error saying why, so lines stay aligned with cases.
/// </summary>
internal static class BatchExecution
{
    public const string InvalidCaseCode = "INVALID_CASE";
    public const string InvalidSchemaCode = "INVALID_SCHEMA";

    public static async Task<int> RunAsync(string casesPath, TextWriter output, CancellationToken cancellationToken)
    {
        var baseDirectory = Path.GetDirectoryName(Path.GetFullPath(casesPath)) ?? Directory.GetCurrentDirectory();
        var executors = new Dictionary<string, Func<RequestExecutor>>(StringComparer.Ordinal);
        var exitCode = ExitCodes.Success;
        var lineNumber = 0;
        using var reader = OpenCases(casesPath);
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var result = await RunCaseAsync(line, $"{casesPath}:{lineNumber}", baseDirectory, executors, cancellationToken);
            await output.WriteLineAsync(ResponseJson.Serialize(result));
            if (result.Errors is { Count: > 0 })
            {
                exitCode = ExitCodes.Failure;
            }
        }

        return exitCode;
    }

    private static StreamReader OpenCases(string path)
    {
        try
        {
            return new StreamReader(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new UsageException($"cannot read {path}: {(exception is FileNotFoundException or DirectoryNotFoundException ? "no such file" : exception.Message)}");
        }
    }

    private static async Task<ExecutionResult> RunCaseAsync(
        string line, string source, string baseDirectory, Dictionary<string, Func<RequestExecutor>> executors, CancellationToken cancellationToken)
    {
        GraphQLRequest request;
        string schemaKey;
        Func<RequestExecutor> build;
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Failure($"{source}: a case must be a JSON object.", InvalidCaseCode);
            }

            if (String(root, "schema") is { } sdl)
            {
                schemaKey = "sdl:" + sdl;
                build = () => new GraphQLExecutorOptions().CreateExecutor(SchemaFiles.FromSdl(sdl, $"{source} (schema)"));
            }
            else if (String(root, "schemaPath") is { } schemaPath)
            {
                var fullPath = Path.GetFullPath(schemaPath, baseDirectory);
                schemaKey = "path:" + fullPath;
                build = () => new GraphQLExecutorOptions().CreateExecutor(SchemaFiles.Load(fullPath));
            }
            else
            {
                return Failure($"{source}: the case has neither \"schema\" (SDL text) nor \"schemaPath\".", InvalidCaseCode);
            }

            request = new GraphQLRequest
            {
                Query = String(root, "query"),
                OperationName = String(root, "operationName"),
                Variables = Member(root, "variables") is { ValueKind: JsonValueKind.Object } variables ? JsonValues.FromObject(variables) : null,
                RootValue = Member(root, "data") is { } data ? JsonValues.FromElement(data) : null,
            };
        }
        catch (JsonException exception)
        {
            return Failure($"{source}: the case is not valid JSON: {exception.Message}", InvalidCaseCode);
        }
        catch (InvalidOperationException exception)
        {
            // A member of the wrong JSON kind, such as a number where the query should be.
            return Failure($"{source}: {exception.Message}", InvalidCaseCode);
        }

        if (!executors.TryGetValue(schemaKey, out var executor))
        {
            executor = Memoize(build);
            executors[schemaKey] = executor;
        }

        try
        {
            return await executor().ExecuteAsync(request, cancellationToken);
        }
        catch (UsageException exception)
        {
            return Failure(exception.Message, InvalidSchemaCode);
        }
    }

    /// <summary>Builds once; a schema that fails to build fails the same way for every case that uses it.</summary>
    private static Func<RequestExecutor> Memoize(Func<RequestExecutor> build)
    {
        var lazy = new Lazy<RequestExecutor>(build, LazyThreadSafetyMode.ExecutionAndPublication);
        return () => lazy.Value;
    }

    private static JsonElement? Member(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static string? String(JsonElement root, string name) => Member(root, name)?.GetString();

    private static ExecutionResult Failure(string message, string code) => new()
    {
        Errors = [new GraphQLError(message, extensions: new Dictionary<string, object?> { ["code"] = code })],
    };
}
