using MentorGraph.Api.Extensions;
using MentorGraph.Api.Features.Events.Calendar;

var builder = WebApplication.CreateBuilder(args);

builder.UseLoopbackUrlUnlessConfigured();
builder.AddMentorGraphAuthentication();
builder.Services.AddHealthChecks();
builder.Services.AddMentorGraphGraphQL();
builder.Services.AddMentorGraphDatabase();

var app = builder.Build();

app.UseAuthentication();
app.UseAuthorization();
app.MapHealthChecks("/healthz");
app.MapGraphQL("/graphql");
app.MapEventCalendars();

app.Run();

/// <summary>The host's entry point, named so that tests can start it with WebApplicationFactory.</summary>
public partial class Program;
