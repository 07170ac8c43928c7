using MentorGraph.Api.Extensions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace MentorGraph.Api.Tests.Extensions;

public sealed class WebApplicationBuilderExtensionsTests
{
    [Fact]
    public void UseLoopbackUrlUnlessConfigured_WithoutConfiguredUrls_ListensOnLoopback5080()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());

        builder.UseLoopbackUrlUnlessConfigured();

        Assert.Equal("http://127.0.0.1:5080", builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey));
    }

    [Theory]
    [InlineData("urls", "http://127.0.0.1:6123")]
    [InlineData("http_ports", "8080")]
    [InlineData("Kestrel:Endpoints:Http:Url", "http://0.0.0.0:8080")]
    public void UseLoopbackUrlUnlessConfigured_WithConfiguredAddress_LeavesItAlone(string key, string value)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Configuration.AddInMemoryCollection([new(key, value)]);

        builder.UseLoopbackUrlUnlessConfigured();

        Assert.NotEqual("http://127.0.0.1:5080", builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey));
    }
}
