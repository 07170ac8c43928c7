using System.Net.Http.Headers;
using System.Text;
using MentorGraph.GraphQL.Execution;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MentorGraph.GraphQL.AspNetCore.Tests.Infrastructure;

/// <summary>An in-memory server with one GraphQL endpoint at /graphql over a fake executor.</summary>
internal sealed class GraphQLTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GraphQLTestHost(WebApplication app, FakeRequestExecutor executor)
    {
        _app = app;
        Executor = executor;
        Client = app.GetTestClient();
    }

    public FakeRequestExecutor Executor { get; }

    public HttpClient Client { get; }

    public static Task<GraphQLTestHost> StartAsync(ExecutionResult result) =>
        StartAsync(new FakeRequestExecutor(result));

    public static async Task<GraphQLTestHost> StartAsync(
        FakeRequestExecutor? executor = null,
        Action<GraphQLHttpOptions>? configure = null,
        Action<IServiceCollection>? services = null,
        RequestDelegate? beforeEndpoint = null)
    {
        executor ??= new FakeRequestExecutor();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton<IRequestExecutor>(executor);
        builder.Services.AddGraphQLHttp();
        services?.Invoke(builder.Services);

        var app = builder.Build();
        if (beforeEndpoint is not null)
        {
            app.Use(async (context, next) =>
            {
                await beforeEndpoint(context);
                await next(context);
            });
        }

        app.MapGraphQL("/graphql", configure);
        await app.StartAsync();
        return new GraphQLTestHost(app, executor);
    }

    public Task<HttpResponseMessage> PostJsonAsync(string body, string? accept = null) =>
        PostAsync(body, "application/json", accept);

    public Task<HttpResponseMessage> PostAsync(string body, string? contentType, string? accept = null) =>
        PostBytesAsync(Encoding.UTF8.GetBytes(body), contentType, accept);

    public Task<HttpResponseMessage> PostBytesAsync(byte[] body, string? contentType, string? accept = null)
    {
        var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        return SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content }, accept);
    }

    public Task<HttpResponseMessage> GetAsync(string queryString, string? accept = null) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql" + queryString), accept);

    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string? accept = null)
    {
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return Client.SendAsync(request);
    }

    public static string Get(params (string Name, string Value)[] parameters) =>
        "?" + string.Join('&', parameters.Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value)}"));

    public static MediaTypeHeaderValue? ContentType(HttpResponseMessage response) => response.Content.Headers.ContentType;

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
