using MentorGraph.GraphQL.AspNetCore;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MentorGraph.Api.Tests.Features;

/// <summary>The GraphQL section of the configuration, and what the environment allows of it.</summary>
public sealed class GraphQLExecutorOptionsTests(MentorGraphApiFactory factory) : IClassFixture<MentorGraphApiFactory>
{
    [Theory]
    [InlineData("Production", false)]
    [InlineData("Staging", false)]
    [InlineData("Development", true)]
    public void IncludeExceptionDetails_IsHonouredOnlyInDevelopment(string environment, bool expected)
    {
        using var host = factory.WithWebHostBuilder(builder => builder
            .UseEnvironment(environment)
            .UseSetting("GraphQL:IncludeExceptionDetails", "true"));

        var options = host.Services.GetRequiredService<IOptions<GraphQLExecutorOptions>>().Value;

        Assert.Equal(expected, options.IncludeExceptionDetails);
    }

    [Fact]
    public void Defaults_KeepIntrospectionOnAndLimitsSafe()
    {
        var options = factory.Services.GetRequiredService<IOptions<GraphQLExecutorOptions>>().Value;

        Assert.True(options.EnableIntrospection);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Timeout);
        Assert.Equal(15, options.Limits.MaxDepth);
        Assert.Equal(15000, options.Limits.MaxTokens);
    }
}
