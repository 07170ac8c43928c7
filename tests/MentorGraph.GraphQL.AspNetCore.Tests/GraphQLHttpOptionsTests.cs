using System.Net;
using System.Net.Http.Headers;
using MentorGraph.GraphQL.AspNetCore.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace MentorGraph.GraphQL.AspNetCore.Tests;

/// <summary>The endpoint's options: the body size limit, GET, and where options come from.</summary>
public sealed class GraphQLHttpOptionsTests
{
    [Fact]
    public void Defaults_AreOneMebibyteAndGetAllowed()
    {
        var options = new GraphQLHttpOptions();

        Assert.Equal(1024 * 1024, options.MaxRequestBodySize);
        Assert.True(options.AllowGet);
    }

    [Fact]
    public async Task Post_WithBodyOverTheDefaultLimit_Returns413()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        var body = $$"""{ "query": "{ __typename }", "variables": { "pad": "{{new string('x', 1024 * 1024)}}" } }""";

        var response = await host.PostJsonAsync(body);

        var error = await GraphQLResponse.AssertSingleErrorAsync(
            response, HttpStatusCode.RequestEntityTooLarge, GraphQLHttpErrorCodes.PayloadTooLarge);
        Assert.Equal(
            "The request body is larger than the 1048576 bytes this endpoint accepts.",
            error.GetProperty("message").GetString());
        Assert.Empty(host.Executor.Requests);
    }

    [Fact]
    public async Task Post_WithStreamedBodyOverTheLimit_Returns413()
    {
        await using var host = await GraphQLTestHost.StartAsync(configure: options => options.MaxRequestBodySize = 100);
        var content = new StreamContent(new UnknownLengthStream(new byte[101]));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        Assert.Null(content.Headers.ContentLength);

        var response = await host.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content });

        await GraphQLResponse.AssertSingleErrorAsync(
            response, HttpStatusCode.RequestEntityTooLarge, GraphQLHttpErrorCodes.PayloadTooLarge);
    }

    [Fact]
    public async Task Post_WithBodyExactlyAtTheLimit_IsAccepted()
    {
        const string body = """{ "query": "{ __typename }" }""";
        await using var host = await GraphQLTestHost.StartAsync(configure: options => options.MaxRequestBodySize = body.Length);

        var response = await host.PostJsonAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task MapGraphQL_UsesTheRegisteredOptions()
    {
        await using var host = await GraphQLTestHost.StartAsync(
            services: services => services.AddGraphQLHttp().Configure(options =>
            {
                options.AllowGet = false;
                options.MaxRequestBodySize = 10;
            }));

        var get = await host.GetAsync("?query=%7B__typename%7D");
        var post = await host.PostJsonAsync("""{ "query": "{ __typename }" }""");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, post.StatusCode);
    }

    [Fact]
    public async Task MapGraphQL_ConfigureOverridesTheRegisteredOptionsForThatEndpointOnly()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddGraphQLHttp().Configure(options => options.AllowGet = false);
        await using var app = builder.Build();

        app.MapGraphQL("/graphql", options => options.AllowGet = true);

        var registered = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<GraphQLHttpOptions>>().Value;
        Assert.False(registered.AllowGet);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public async Task MapGraphQL_WithNonPositiveBodyLimit_Throws(long limit)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddGraphQLHttp();
        await using var app = builder.Build();

        var exception = Assert.Throws<InvalidOperationException>(
            () => app.MapGraphQL("/graphql", options => options.MaxRequestBodySize = limit));
        Assert.Contains("MaxRequestBodySize", exception.Message, StringComparison.Ordinal);
    }

    /// <summary>A stream that hides its length, so the client sends the body chunked.</summary>
    private sealed class UnknownLengthStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
