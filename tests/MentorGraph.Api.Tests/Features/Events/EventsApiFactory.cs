using MentorGraph.Api.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentorGraph.Api.Tests.Features.Events;

/// <summary>
/// The seeded API in Development with the development caller header switched on, so that tests
/// can act as a mentee or a partner's staff member.
/// </summary>
public sealed class EventsApiFactory : MentorGraphApiFactory
{
    protected override bool SeedDemoNetwork => true;

    public MentorGraphDbContext CreateDbContext() =>
        Services.GetRequiredService<IDbContextFactory<MentorGraphDbContext>>().CreateDbContext();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Development");
        builder.UseSetting("Authentication:DevelopmentCaller:Enabled", "true");
    }
}
