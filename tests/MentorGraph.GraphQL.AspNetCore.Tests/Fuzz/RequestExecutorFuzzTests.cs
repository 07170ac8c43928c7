using System.Text.Json;
using MentorGraph.GraphQL.Execution;

namespace MentorGraph.GraphQL.AspNetCore.Tests.Fuzz;

/// <summary>
/// Thousands of random and mutated documents through the full request pipeline (parse,
/// validate, limits, variables, execute): none may throw, none may outlive the timeout, and
/// every response must be well-formed (spec 7.1): "data" or "errors", each error with a message.
/// The generator is seeded, so a failure names the seed and document that reproduce it.
/// </summary>
public sealed class RequestExecutorFuzzTests
{
    private const int DocumentsPerSeed = 1000;
    private static readonly TimeSpan _timeout = TimeSpan.FromSeconds(2);

    // Past the timeout, the executor must have answered with its timeout error long since.
    private static readonly TimeSpan _hangLimit = _timeout + TimeSpan.FromSeconds(5);

    private static readonly RequestExecutor _executor = new GraphQLExecutorOptions { Timeout = _timeout }.CreateExecutor(FuzzSchema.Create());

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task RandomDocuments_AlwaysGiveAWellFormedResponse(int seed)
    {
        var generator = new DocumentGenerator(seed);
        for (var i = 0; i < DocumentsPerSeed; i++)
        {
            var document = generator.Next();
            var request = new GraphQLRequest
            {
                Query = document,
                Variables = generator.Variables(),
                OperationName = i % 7 == 0 ? "Op1" : null,
                RootValue = FuzzSchema.Data(),
            };

            ExecutionResult result;
            try
            {
                result = await _executor.ExecuteAsync(request).WaitAsync(_hangLimit);
            }
            catch (Exception exception)
            {
                Assert.Fail($"Seed {seed}, document {i} threw {exception.GetType().Name}: {exception.Message}\n{document}");
                return;
            }

            AssertWellFormed(result, $"Seed {seed}, document {i}:\n{document}");
        }
    }

    [Fact]
    public async Task DeeplyNestedAndHugeDocuments_AreRefusedWithAnError()
    {
        string[] documents =
        [
            new string('{', 100_000),
            "{ organizations " + string.Concat(Enumerable.Repeat("{ parent ", 5000)) + "{ id }" + new string('}', 5001) + " }",
            "{ " + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"a{i}: __typename ")) + "}",
            "query ($v: [[[[[[[[[[Int]]]]]]]]]]) { echo(numbers: " + new string('[', 10_000) + " }",
            "{ organization(slug: \"" + new string('x', 500_000) + "\") { id } }",
        ];

        foreach (var document in documents)
        {
            var result = await _executor.ExecuteAsync(new GraphQLRequest { Query = document, RootValue = FuzzSchema.Data() }).WaitAsync(_hangLimit);

            AssertWellFormed(result, document[..Math.Min(200, document.Length)]);
        }
    }

    /// <summary>Spec 7.1: a map with "data", "errors" or both; each error has a non-empty message, and locations with positive line and column.</summary>
    internal static void AssertWellFormed(ExecutionResult result, string context)
    {
        using var json = JsonDocument.Parse(ExecutionResultJsonWriter.ToJson(result));
        var root = json.RootElement;
        Assert.True(root.ValueKind == JsonValueKind.Object, context);
        var hasData = root.TryGetProperty("data", out var data);
        var hasErrors = root.TryGetProperty("errors", out var errors);
        Assert.True(hasData || hasErrors, $"Neither data nor errors. {context}");
        if (hasData)
        {
            Assert.True(data.ValueKind is JsonValueKind.Object or JsonValueKind.Null, context);
        }

        if (!hasErrors)
        {
            return;
        }

        Assert.True(errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0, $"errors must be a non-empty list. {context}");
        foreach (var error in errors.EnumerateArray())
        {
            Assert.True(error.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String && message.GetString()!.Length > 0, $"An error without a message. {context}");
            if (error.TryGetProperty("locations", out var locations))
            {
                foreach (var location in locations.EnumerateArray())
                {
                    Assert.True(location.GetProperty("line").GetInt32() >= 1 && location.GetProperty("column").GetInt32() >= 1, $"Bad location {location}. {context}");
                }
            }

            if (error.TryGetProperty("path", out var path))
            {
                Assert.All(path.EnumerateArray(), segment => Assert.True(segment.ValueKind is JsonValueKind.String or JsonValueKind.Number, context));
            }
        }
    }
}
