using System.Net.Http.Json;
using MentorGraph.Cli.Tests.Infrastructure;

namespace MentorGraph.Cli.Tests.GraphQL;

public sealed class ServeCommandTests : IDisposable
{
    private readonly WorkFolder _files = new();

    [Fact]
    public async Task Serve_AnswersGraphQLOverHttpFromTheJsonData_AndStopsWhenCancelled()
    {
        var schema = _files.Write("s.graphql", DirectorySchema.Sdl);
        var data = _files.Write("d.json", DirectorySchema.Data);
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        using var stop = new CancellationTokenSource();
        var synchronizedOutput = TextWriter.Synchronized(output);

        var serving = MentorGraphCli.InvokeAsync(
            ["graphql", "serve", "--schema", schema, "--data", data, "--urls", "http://127.0.0.1:0"], synchronizedOutput, TextWriter.Synchronized(error), stop.Token);
        var address = await WaitForAddressAsync(output, serving);

        using var client = new HttpClient { BaseAddress = new Uri(address) };
        using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = JsonContent.Create(new { query = "{ search(text: \"x\") { __typename } }" }),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        await stop.CancelAsync();
        var exitCode = await serving.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(health.IsSuccessStatusCode);
        Assert.Equal("application/graphql-response+json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("""{"data":{"search":[{"__typename":"Event"},{"__typename":"Mentor"}]}}""", body);
        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Empty(error.ToString());
    }

    [Fact]
    public async Task Serve_InvalidSchema_IsAUsageErrorBeforeListening()
    {
        var schema = _files.Write("s.graphql", "type Query { a: Nope }");

        var run = await CliRun.RunAsync("graphql", "serve", "--schema", schema, "--urls", "http://127.0.0.1:0");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.StartsWith($"mentorgraph: {schema}: The schema is invalid:", run.Error, StringComparison.Ordinal);
    }

    /// <summary>The command prints "Serving S at http://127.0.0.1:PORT/graphql" once it listens.</summary>
    private static async Task<string> WaitForAddressAsync(StringWriter output, Task<int> serving)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var line = output.ToString().Split('\n').FirstOrDefault(l => l.StartsWith("Serving ", StringComparison.Ordinal));
            if (line is not null)
            {
                return line[(line.LastIndexOf(" at ", StringComparison.Ordinal) + 4)..^"/graphql".Length];
            }

            if (serving.IsCompleted)
            {
                throw new InvalidOperationException($"serve exited with {await serving} before listening.");
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("serve did not start listening within 30 seconds.");
    }

    public void Dispose() => _files.Dispose();
}
