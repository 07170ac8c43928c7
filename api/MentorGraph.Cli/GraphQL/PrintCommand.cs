using System.CommandLine;
using MentorGraph.Api.Features;
using MentorGraph.GraphQL.Utilities;

namespace MentorGraph.Cli.GraphQL;

/// <summary>
/// <c>graphql print --schema S.graphql</c> prints a schema in canonical SDL;
/// <c>graphql print --schema-from-api</c> prints the API's own, which is how
/// schema/mentorgraph.graphql is regenerated.
/// </summary>
internal static class PrintCommand
{
    public static Command Create()
    {
        var schema = GraphQLCommand.SchemaOption(required: false);
        var fromApi = new Option<bool>("--schema-from-api")
        {
            Description = "Print the MentorGraph API's schema, built in process (the text of schema/mentorgraph.graphql).",
        };
        var command = new Command("print", "Print a schema in canonical SDL.") { schema, fromApi };
        command.Validators.Add(result =>
        {
            if ((result.GetResult(schema) is null) == (result.GetResult(fromApi) is null))
            {
                result.AddError("Give exactly one of --schema S.graphql and --schema-from-api.");
            }
        });

        command.SetAction((parseResult, _) => MentorGraphCli.InvokeActionAsync(parseResult, async (output, _) =>
        {
            var built = parseResult.GetValue(schema) is { } path ? SchemaFiles.Load(path) : MentorGraphSchema.Create();
            await output.WriteLineAsync(SchemaPrinter.Print(built));
            return ExitCodes.Success;
        }));
        return command;
    }
}
