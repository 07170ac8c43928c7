using MentorGraph.Api.Extensions;

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

app.Run();

/// <summary>The host's entry point, named so that tests can start it with WebApplicationFactory.</summary>
public partial class Program;
