using System.CommandLine;
using MentorGraph.GraphQL.AspNetCore;
using MentorGraph.GraphQL.Execution;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MentorGraph.Cli.GraphQL;

/// <summary>
/// <c>graphql serve --schema S.graphql --data D.json [--urls URL]</c>: serves a schema-first schema
/// over JSON data at <c>/graphql</c>, with the API's GraphQL-over-HTTP endpoint, and <c>/healthz</c>.
/// A mock server partners develop against, and a way to compare engines on identical work.
/// </summary>
internal static class ServeCommand
{
    /// <summary>Loopback, and not the API's 5080, so both can run side by side.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5081";

    public static Command Create()
    {
        var schema = GraphQLCommand.SchemaOption(required: true);
        var data = new Option<string>("--data") { Description = "The root value, as JSON: fields read its members.", HelpName = "D.json" };
        var urls = new Option<string>("--urls")
        {
            Description = $"Where to listen, such as http://127.0.0.1:5081 (the default); port 0 picks a free port.",
            HelpName = "URL",
            DefaultValueFactory = _ => DefaultUrl,
        };
        var command = new Command("serve", "Serve a schema-first schema over JSON data with GraphQL over HTTP at /graphql.") { schema, data, urls };

        command.SetAction((parseResult, cancellationToken) => MentorGraphCli.InvokeActionAsync(parseResult, async (output, _) =>
        {
            var schemaPath = parseResult.GetRequiredValue(schema);
            var executor = new RootValueExecutor(
                new GraphQLExecutorOptions().CreateExecutor(SchemaFiles.Load(schemaPath)),
                parseResult.GetValue(data) is { } dataPath ? CliFiles.ReadJson(dataPath) : null);

            var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
            builder.WebHost.UseUrls(parseResult.GetRequiredValue(urls));
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.Services.AddGraphQLHttp();
            builder.Services.AddSingleton<IRequestExecutor>(executor);
            builder.Services.AddHealthChecks();

            await using var app = builder.Build();
            app.MapHealthChecks("/healthz");
            app.MapGraphQL("/graphql");
            try
            {
                await app.StartAsync(cancellationToken);
            }
            catch (IOException exception)
            {
                throw new UsageException($"cannot listen on {parseResult.GetRequiredValue(urls)}: {exception.Message}");
            }

            foreach (var address in app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses)
            {
                await output.WriteLineAsync($"Serving {schemaPath} at {address}/graphql");
            }

            await output.FlushAsync(cancellationToken);
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C or the caller's cancellation: stop gracefully below.
            }

            await app.StopAsync(CancellationToken.None);
            return ExitCodes.Success;
        }));
        return command;
    }
}
