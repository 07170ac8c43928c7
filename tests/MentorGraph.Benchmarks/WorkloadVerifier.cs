using System.Text;
using MentorGraph.GraphQL;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Validation;

namespace MentorGraph.Benchmarks;

/// <summary>
/// <c>--verify</c>: checks, without timing anything, that every benchmark does the work it claims:
/// each way of running the anchor operations answers exactly the JSON graphql-js gives
/// (Workload/expected/, written by compare/graphql-js.mjs --write-expected), both operations
/// are valid, and the parser reads every parse input from bytes and from a string alike.
/// Ends with "benchmarks-verify: N passed, N failed" for test.sh.
/// </summary>
public static class WorkloadVerifier
{
    public static async Task<int> RunAsync(TextWriter output)
    {
        var passed = 0;
        var failed = 0;

        void Check(string name, string? failure)
        {
            if (failure is null)
            {
                passed++;
                output.WriteLine($"ok    {name}");
            }
            else
            {
                failed++;
                output.WriteLine($"FAIL  {name}: {failure}");
            }
        }

        var workload = new AnchorWorkload();
        var cached = workload.CreateExecutor();
        var cold = workload.CreateColdExecutor();
        await using var server = await AnchorServer.StartAsync(workload);
        using var client = new AnchorHttpClient(server.Endpoint);

        foreach (var query in Enum.GetValues<AnchorQuery>())
        {
            var expected = WorkloadFiles.ExpectedResponse(query);
            var document = Parser.Parse(workload.QueryText(query));

            Check($"{query}: the operation is valid", Describe(DocumentValidator.Validate(workload.Schema, document)));

            var operation = document.Definitions.OfType<GraphQL.Language.Ast.OperationDefinitionNode>().Single();
            var plan = new OperationPlan(workload.Schema, document, operation);
            var fromPlan = await new OperationExecutor().ExecuteAsync(plan, new Dictionary<string, object?>(), workload.Request(query));
            Check($"{query}: ExecutePlan answers what graphql-js answers", Compare(expected, ExecutionResultJsonWriter.ToJson(fromPlan)));

            // Twice, so that the second request comes from the document cache.
            for (var round = 1; round <= 2; round++)
            {
                Check($"{query}: CachedRequest (request {round}) answers what graphql-js answers", Compare(expected, ExecutionResultJsonWriter.ToJson(await cached.ExecuteAsync(workload.Request(query)))));
            }

            Check($"{query}: ColdRequest answers what graphql-js answers", Compare(expected, ExecutionResultJsonWriter.ToJson(await cold.ExecuteAsync(workload.Request(query)))));

            var body = await client.PostAsync(AnchorHttpClient.Body(workload.QueryText(query)));
            Check($"{query}: HTTP POST answers what graphql-js answers", Compare(expected, Encoding.UTF8.GetString(body)));
        }

        // The in-process executor saw each operation twice; the server's executor is another one.
        Check("CachedRequest parses each operation once and then hits the cache", cached.Statistics is { Parses: 2, DocumentCacheHits: 2 } ? null : $"{cached.Statistics.Parses} parses, {cached.Statistics.DocumentCacheHits} cache hits; expected 2 and 2");
        Check("ColdRequest parses every time", cold.Statistics is { Parses: 2, DocumentCacheHits: 0 } ? null : $"{cold.Statistics.Parses} parses, {cold.Statistics.DocumentCacheHits} cache hits; expected 2 and 0");

        foreach (var input in Enum.GetValues<ParseInput>())
        {
            var text = input switch
            {
                ParseInput.AnchorQuery => WorkloadFiles.MentorDirectoryQuery,
                ParseInput.KitchenSinkSchema => WorkloadFiles.KitchenSinkSchema,
                _ => WorkloadFiles.FindGitHubSchema() is { } path ? File.ReadAllText(path) : null,
            };
            if (text is null)
            {
                output.WriteLine($"skip  {input}: {WorkloadFiles.GitHubSchemaMissingMessage}");
                continue;
            }

            var options = WorkloadFiles.ParserOptionsFor(input);
            var fromString = Printer.Print(Parser.Parse(text, options));
            var fromBytes = Printer.Print(Parser.Parse(Encoding.UTF8.GetBytes(text), options));
            Check($"{input}: parsed from bytes and from a string alike", fromString == fromBytes ? null : "the printed documents differ");
        }

        output.WriteLine($"benchmarks-verify: {passed} passed, {failed} failed");
        return failed == 0 ? 0 : 1;
    }

    private static string? Describe(IReadOnlyList<GraphQLError> errors) =>
        errors.Count == 0 ? null : string.Join("; ", errors.Select(error => error.Message));

    private static string? Compare(string expected, string actual)
    {
        if (expected == actual)
        {
            return null;
        }

        var at = 0;
        while (at < expected.Length && at < actual.Length && expected[at] == actual[at])
        {
            at++;
        }

        var from = Math.Max(0, at - 40);
        return $"differs at character {at}: expected …{Excerpt(expected, from)}… but got …{Excerpt(actual, from)}…";
    }

    private static string Excerpt(string text, int from) => text.Substring(Math.Min(from, text.Length), Math.Min(100, text.Length - Math.Min(from, text.Length)));
}
