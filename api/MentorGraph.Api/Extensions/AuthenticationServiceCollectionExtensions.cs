using MentorGraph.Api.Authorization;
using Microsoft.AspNetCore.Authentication;

namespace MentorGraph.Api.Extensions;

/// <summary>How requests are authenticated. The OAuth 2.1 server's access tokens join here later.</summary>
public static class AuthenticationServiceCollectionExtensions
{
    /// <summary>
    /// Registers authentication. The development caller header is honoured only in the
    /// Development environment and only when <c>Authentication:DevelopmentCaller:Enabled</c> is true.
    /// </summary>
    public static WebApplicationBuilder AddMentorGraphAuthentication(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(DevelopmentCallerOptions.SectionName).Get<DevelopmentCallerOptions>() ?? new DevelopmentCallerOptions();
        var authentication = builder.Services.AddAuthentication();
        if (options.Enabled && builder.Environment.IsDevelopment())
        {
            authentication.AddScheme<AuthenticationSchemeOptions, DevelopmentCallerAuthenticationHandler>(DevelopmentCallerAuthenticationHandler.SchemeName, null);
            builder.Services.Configure<AuthenticationOptions>(o => o.DefaultScheme = DevelopmentCallerAuthenticationHandler.SchemeName);
        }

        builder.Services.AddAuthorization();
        return builder;
    }
}
