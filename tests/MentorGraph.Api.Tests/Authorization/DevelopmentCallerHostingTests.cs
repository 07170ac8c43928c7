using System.Net;
using System.Net.Http.Headers;
using System.Text;
using MentorGraph.Api.Authorization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MentorGraph.Api.Tests.Authorization;

/// <summary>The development caller header must never be honoured outside Development.</summary>
public sealed class DevelopmentCallerHostingTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task OutsideDevelopment_EvenWhenEnabled_AMalformedHeaderIsIgnored(string environment)
    {
        // Configuration alone must not switch the header on in a deployed environment: the
        // scheme is not even registered, and a request carrying the header is served as anonymous.
        using var factory = new MentorGraphApiFactory().WithWebHostBuilder(builder => builder
            .UseEnvironment(environment)
            .UseSetting("Authentication:DevelopmentCaller:Enabled", "true"));
        using var client = factory.CreateClient();

        var schemes = factory.Services.GetRequiredService<IAuthenticationSchemeProvider>();
        Assert.Null(await schemes.GetSchemeAsync(DevelopmentCallerAuthenticationHandler.SchemeName));

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(DevelopmentCallerOptions.HeaderName, "staff=not-a-guid");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task InDevelopment_WhenEnabled_TheSchemeIsRegisteredAsDefault()
    {
        using var factory = new MentorGraphApiFactory().WithWebHostBuilder(builder => builder
            .UseEnvironment("Development")
            .UseSetting("Authentication:DevelopmentCaller:Enabled", "true"));
        using var client = factory.CreateClient();

        var schemes = factory.Services.GetRequiredService<IAuthenticationSchemeProvider>();
        var scheme = await schemes.GetDefaultAuthenticateSchemeAsync();
        Assert.Equal(DevelopmentCallerAuthenticationHandler.SchemeName, scheme?.Name);
    }
}
