using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using MentorGraph.Api.Authorization;
using MentorGraph.Api.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentorGraph.Api.Tests;

/// <summary>
/// The seeded demo network in the Development environment with the development caller header
/// switched on, so that tests ask as a given mentee, mentor or staff member over real HTTP.
/// </summary>
public sealed class DevelopmentCallerApiFactory : MentorGraphApiFactory
{
    protected override bool SeedDemoNetwork => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Development");
        builder.UseSetting("Authentication:DevelopmentCaller:Enabled", "true");
    }

    /// <summary>Posts a GraphQL request as <paramref name="caller"/> (a development header value, or null for anonymous).</summary>
    public async Task<JsonDocument> PostAsync(string query, string? caller = null, object? variables = null)
    {
        using var client = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        if (caller is not null)
        {
            request.Headers.Add(DevelopmentCallerOptions.HeaderName, caller);
        }

        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await client.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>A short-lived context on the test's database, for arranging and checking rows.</summary>
    public Task<MentorGraphDbContext> CreateDbAsync() =>
        Services.GetRequiredService<IDbContextFactory<MentorGraphDbContext>>().CreateDbContextAsync();
}
