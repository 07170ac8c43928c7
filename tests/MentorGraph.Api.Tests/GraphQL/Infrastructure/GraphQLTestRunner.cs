using System.Text.Json;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Types;
using MentorGraph.GraphQL.Utilities;

namespace MentorGraph.Api.Tests.GraphQL.Infrastructure;

/// <summary>Runs GraphQL documents through the engine's whole pipeline and reads the JSON response.</summary>
public sealed class GraphQLTestRunner(Schema schema, IServiceProvider? services = null)
{
    private readonly RequestExecutor _executor = new RequestExecutorBuilder(schema).Build();

    public async Task<JsonElement> ExecuteAsync(string query, string? variablesJson = null)
    {
        var result = await _executor.ExecuteAsync(new GraphQLRequest
        {
            Query = query,
            Variables = variablesJson is null ? null : JsonValues.FromObject(JsonDocument.Parse(variablesJson).RootElement),
            Services = services,
        });
        using var document = JsonDocument.Parse(ExecutionResultJsonWriter.ToJson(result));
        return document.RootElement.Clone();
    }

    /// <summary>Runs a query that must succeed and returns its data.</summary>
    public async Task<JsonElement> DataAsync(string query, string? variablesJson = null)
    {
        var response = await ExecuteAsync(query, variablesJson);
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        return response.GetProperty("data");
    }

    /// <summary>Runs a query that must fail with exactly one error and returns it.</summary>
    public async Task<JsonElement> ErrorAsync(string query, string? variablesJson = null)
    {
        var response = await ExecuteAsync(query, variablesJson);
        Assert.True(response.TryGetProperty("errors", out var errors), response.ToString());
        return Assert.Single(errors.EnumerateArray());
    }
}
