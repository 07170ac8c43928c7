using System.Net;
using System.Security.Claims;
using MentorGraph.GraphQL.AspNetCore.Tests.Infrastructure;
using MentorGraph.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MentorGraph.GraphQL.AspNetCore.Tests;

/// <summary>The endpoint as a whole: methods, what it hands the executor, and executor failures.</summary>
public sealed class GraphQLHttpEndpointTests
{
    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    [InlineData("OPTIONS")]
    public async Task OtherMethods_Return405WithAllowGetAndPost(string method)
    {
        await using var host = await GraphQLTestHost.StartAsync();

        var response = await host.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/graphql"));

        var error = await GraphQLResponse.AssertSingleErrorAsync(
            response, HttpStatusCode.MethodNotAllowed, GraphQLHttpErrorCodes.MethodNotAllowed);
        Assert.Equal($"GraphQL requests are sent with GET or POST, not {method}.", error.GetProperty("message").GetString());
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow);
        Assert.Empty(host.Executor.Requests);
    }

    [Fact]
    public async Task Request_CarriesTheRequestServicesAndTheUser()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "coordinator@partner.example")], "Test"));
        RequestScopeMarker? marker = null;
        var executor = new FakeRequestExecutor((request, _) =>
        {
            // The request's services live only as long as the request: resolve while executing.
            marker = request.Services!.GetService<RequestScopeMarker>();
            return Task.FromResult(Results.TypenameQuery);
        });
        await using var host = await GraphQLTestHost.StartAsync(
            executor,
            services: services => services.AddScoped<RequestScopeMarker>(),
            beforeEndpoint: context =>
            {
                context.User = user;
                return Task.CompletedTask;
            });

        await host.PostJsonAsync("""{ "query": "{ __typename }" }""");

        var request = host.Executor.SingleRequest;
        Assert.Same(user, request.ContextData![GraphQLHttpContextData.User]);
        Assert.NotNull(marker);
        Assert.Null(request.RootValue);
    }

    [Fact]
    public async Task Request_EachRequestGetsItsOwnServiceScope()
    {
        var markers = new List<RequestScopeMarker>();
        var executor = new FakeRequestExecutor((request, _) =>
        {
            lock (markers)
            {
                markers.Add(request.Services!.GetRequiredService<RequestScopeMarker>());
            }

            return Task.FromResult(Results.TypenameQuery);
        });
        await using var host = await GraphQLTestHost.StartAsync(executor, services: s => s.AddScoped<RequestScopeMarker>());

        await host.PostJsonAsync("""{ "query": "{ __typename }" }""");
        await host.PostJsonAsync("""{ "query": "{ __typename }" }""");

        Assert.Equal(2, markers.Count);
        Assert.NotSame(markers[0], markers[1]);
    }

    [Fact]
    public async Task Request_WhenTheClientGoesAway_CancelsExecution()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var executor = new FakeRequestExecutor(async (_, cancellationToken) =>
        {
            using var registration = cancellationToken.Register(() => cancelled.TrySetResult());
            started.SetResult();
            await cancelled.Task;
            cancellationToken.ThrowIfCancellationRequested();
            return Results.TypenameQuery;
        });
        await using var host = await GraphQLTestHost.StartAsync(executor);
        using var clientCancellation = new CancellationTokenSource();

        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{ "query": "{ slow }" }""", System.Text.Encoding.UTF8, "application/json"),
        };
        var sending = host.Client.SendAsync(request, clientCancellation.Token);
        await started.Task;
        clientCancellation.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
        await cancelled.Task;
    }

    [Theory]
    [InlineData("application/graphql-response+json")]
    [InlineData("application/json")]
    public async Task Request_WhenTheExecutorThrows_Returns500WithoutInternalDetail(string accept)
    {
        var executor = new FakeRequestExecutor((_, _) => throw new InvalidOperationException("connection string secret=hunter2"));
        await using var host = await GraphQLTestHost.StartAsync(executor);

        var response = await host.PostJsonAsync("""{ "query": "{ __typename }" }""", accept);

        var error = await GraphQLResponse.AssertSingleErrorAsync(
            response, HttpStatusCode.InternalServerError, ErrorCodes.InternalServerError);
        Assert.Equal("The server failed to execute the request.", error.GetProperty("message").GetString());
        Assert.DoesNotContain("hunter2", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(accept, GraphQLTestHost.ContentType(response)?.MediaType);
    }

    [Fact]
    public async Task Request_WithoutARegisteredExecutor_Returns500()
    {
        await using var host = await GraphQLTestHost.StartAsync(
            services: services => services.RemoveAll<IRequestExecutor>());

        var response = await host.PostJsonAsync("""{ "query": "{ __typename }" }""");

        await GraphQLResponse.AssertSingleErrorAsync(response, HttpStatusCode.InternalServerError, ErrorCodes.InternalServerError);
    }

    private sealed class RequestScopeMarker;
}
