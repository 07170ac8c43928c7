using System.Net;
using MentorGraph.GraphQL.Execution;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MentorGraph.Benchmarks;

/// <summary>
/// The anchor workload served by Kestrel on a loopback port chosen by the system, with the
/// same GraphQL-over-HTTP endpoint as the API (<c>AddGraphQLHttp</c>, <c>MapGraphQL</c>).
/// </summary>
public sealed class AnchorServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private AnchorServer(WebApplication app, Uri endpoint)
    {
        _app = app;
        Endpoint = endpoint;
    }

    /// <summary>The absolute URL of <c>/graphql</c>.</summary>
    public Uri Endpoint { get; }

    public static async Task<AnchorServer> StartAsync(AnchorWorkload workload)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddGraphQLHttp();
        builder.Services.AddSingleton<IRequestExecutor>(new RootValueExecutor(workload.CreateExecutor(), workload.RootValue));

        var app = builder.Build();
        app.MapGraphQL("/graphql");
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new AnchorServer(app, new Uri(new Uri(address), "/graphql"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>Gives every request the JSON document as its root value, as <c>mentorgraph graphql serve</c> does.</summary>
    private sealed class RootValueExecutor(IRequestExecutor inner, object rootValue) : IRequestExecutor
    {
        public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default) =>
            inner.ExecuteAsync(request with { RootValue = rootValue }, cancellationToken);
    }
}
