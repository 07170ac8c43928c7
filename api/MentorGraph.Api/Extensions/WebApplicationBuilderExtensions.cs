namespace MentorGraph.Api.Extensions;

/// <summary>Where the host listens.</summary>
public static class WebApplicationBuilderExtensions
{
    /// <summary>http://127.0.0.1:5080: loopback only, so a developer's API is not on their network.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>
    /// Listens on <see cref="DefaultUrl"/> unless an address is configured: <c>--urls</c>,
    /// <c>ASPNETCORE_URLS</c> or <c>DOTNET_URLS</c>, <c>ASPNETCORE_HTTP_PORTS</c>/<c>HTTPS_PORTS</c>
    /// (set by the .NET container images), or Kestrel endpoints in configuration.
    /// </summary>
    /// <remarks>
    /// A default in appsettings.json would not do: it is read after ASPNETCORE_URLS and would
    /// override it.
    /// </remarks>
    public static WebApplicationBuilder UseLoopbackUrlUnlessConfigured(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var configured = !string.IsNullOrEmpty(configuration[WebHostDefaults.ServerUrlsKey])
            || !string.IsNullOrEmpty(configuration[WebHostDefaults.HttpPortsKey])
            || !string.IsNullOrEmpty(configuration[WebHostDefaults.HttpsPortsKey])
            || configuration.GetSection("Kestrel:Endpoints").Exists();
        if (!configured)
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        return builder;
    }
}
