using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace MentorGraph.Api.Authorization;

/// <summary>
/// Authenticates a request from the <c>X-MentorGraph-Caller</c> header, written as
/// <c>key=value</c> pairs separated by semicolons: <c>staff</c>, <c>org</c>, <c>mentor</c>,
/// <c>mentee</c> (ids), <c>client</c> (an OAuth client id) and <c>scope</c> (space-separated).
/// Example: <c>X-MentorGraph-Caller: staff=…;org=…</c>. A malformed header fails
/// authentication rather than falling back to anonymous, so a typo is noticed.
/// </summary>
public sealed class DevelopmentCallerAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "DevelopmentCaller";

    private static readonly Dictionary<string, string> _claimTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["staff"] = CallerClaims.StaffMemberId,
        ["org"] = CallerClaims.OrganisationId,
        ["mentor"] = CallerClaims.MentorId,
        ["mentee"] = CallerClaims.MenteeId,
        ["client"] = CallerClaims.ClientId,
        ["scope"] = CallerClaims.Scope,
    };

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(DevelopmentCallerOptions.HeaderName, out var header) || string.IsNullOrWhiteSpace(header))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var claims = new List<Claim>();
        foreach (var pair in header.ToString().Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var separator = pair.IndexOf('=', StringComparison.Ordinal);
            if (separator <= 0 || !_claimTypes.TryGetValue(pair[..separator].Trim(), out var claimType))
            {
                return Task.FromResult(AuthenticateResult.Fail($"{DevelopmentCallerOptions.HeaderName}: unknown part \"{pair}\"."));
            }

            var value = pair[(separator + 1)..].Trim();
            if (claimType is not CallerClaims.ClientId and not CallerClaims.Scope && !Guid.TryParse(value, out _))
            {
                return Task.FromResult(AuthenticateResult.Fail($"{DevelopmentCallerOptions.HeaderName}: \"{pair[..separator]}\" must be an id."));
            }

            claims.Add(new Claim(claimType, value));
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
