using System.Text.Encodings.Web;
using MentorGraph.Api.Authorization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MentorGraph.Api.Tests.Authorization;

public sealed class DevelopmentCallerAuthenticationHandlerTests
{
    private static readonly Guid _staffId = Guid.Parse("6f1c2d3e-0000-4000-8000-000000000001");
    private static readonly Guid _organisationId = Guid.Parse("6f1c2d3e-0000-4000-8000-000000000002");

    [Fact]
    public async Task Header_WithStaffAndOrganisation_AuthenticatesThatCaller()
    {
        var result = await AuthenticateAsync($"staff={_staffId}; org={_organisationId}");

        Assert.True(result.Succeeded);
        var caller = Caller.FromPrincipal(result.Principal);
        Assert.Equal(_staffId, caller.StaffMemberId);
        Assert.True(caller.ActsFor(_organisationId));
        Assert.False(caller.IsAnonymous);
    }

    [Fact]
    public async Task Header_WithClientAndScopes_GivesEachScope()
    {
        var result = await AuthenticateAsync($"client=ngo-portal;org={_organisationId};scope=mentors:read events:write");

        var caller = Caller.FromPrincipal(result.Principal);
        Assert.Equal("ngo-portal", caller.ClientId);
        Assert.True(caller.HasScope("mentors:read"));
        Assert.True(caller.HasScope("events:write"));
        Assert.False(caller.HasScope("mentees:read"));
    }

    [Fact]
    public async Task NoHeader_IsNoResult_SoTheCallerIsAnonymous()
    {
        var result = await AuthenticateAsync(null);

        Assert.True(result.None);
        Assert.Same(Caller.Anonymous, Caller.FromPrincipal(result.Principal));
    }

    [Theory]
    [InlineData("staff=not-a-guid", "\"staff\" must be an id")]
    [InlineData("admin=true", "unknown part \"admin=true\"")]
    [InlineData("mentee", "unknown part \"mentee\"")]
    public async Task MalformedHeader_FailsWithTheReason_InsteadOfFallingBackToAnonymous(string header, string reason)
    {
        var result = await AuthenticateAsync(header);

        Assert.False(result.Succeeded);
        Assert.False(result.None);
        Assert.Contains(reason, result.Failure!.Message, StringComparison.Ordinal);
    }

    private static async Task<AuthenticateResult> AuthenticateAsync(string? header)
    {
        var context = new DefaultHttpContext();
        if (header is not null)
        {
            context.Request.Headers[DevelopmentCallerOptions.HeaderName] = header;
        }

        var handler = new DevelopmentCallerAuthenticationHandler(new StaticOptionsMonitor(), NullLoggerFactory.Instance, UrlEncoder.Default);
        await handler.InitializeAsync(new AuthenticationScheme(DevelopmentCallerAuthenticationHandler.SchemeName, null, typeof(DevelopmentCallerAuthenticationHandler)), context);
        return await handler.AuthenticateAsync();
    }

    private sealed class StaticOptionsMonitor : IOptionsMonitor<AuthenticationSchemeOptions>
    {
        public AuthenticationSchemeOptions CurrentValue { get; } = new();

        public AuthenticationSchemeOptions Get(string? name) => CurrentValue;

        public IDisposable? OnChange(Action<AuthenticationSchemeOptions, string?> listener) => null;
    }
}
