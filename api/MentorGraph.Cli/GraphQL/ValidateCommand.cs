using System.CommandLine;
using MentorGraph.GraphQL;
using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Validation;

namespace MentorGraph.Cli.GraphQL;

/// <summary>
/// <c>graphql validate --schema S.graphql OPERATION.graphql...</c>: for each operation file that
/// does not parse or validate (spec 5), one JSON line <c>{"file": ..., "errors": [...]}</c>.
/// Exit code 0 when every file is valid, 1 when any is not, 2 when the schema or a file cannot be read.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var schema = GraphQLCommand.SchemaOption(required: true);
        var operations = new Argument<string[]>("operations")
        {
            Description = "The operation files to validate.",
            HelpName = "OPERATION.graphql",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("validate", "Validate operation files against a schema; print a JSON line of errors for each invalid file.")
        {
            schema,
            operations,
        };

        command.SetAction((parseResult, _) => MentorGraphCli.InvokeActionAsync(parseResult, async (output, _) =>
        {
            var built = SchemaFiles.Load(parseResult.GetRequiredValue(schema));

            // Every file is read before any is reported, so a missing file is a usage error
            // rather than a report cut short.
            var files = parseResult.GetRequiredValue(operations).Select(path => (Path: path, Text: CliFiles.ReadText(path))).ToList();
            var exitCode = ExitCodes.Success;
            foreach (var (path, text) in files)
            {
                var errors = Validate(built, text);
                if (errors.Count > 0)
                {
                    await output.WriteLineAsync(ResponseJson.FileErrors(path, errors));
                    exitCode = ExitCodes.Failure;
                }
            }

            return exitCode;
        }));
        return command;
    }

    private static IReadOnlyList<GraphQLError> Validate(MentorGraph.GraphQL.Types.Schema schema, string text)
    {
        try
        {
            return DocumentValidator.Validate(schema, Parser.Parse(text));
        }
        catch (GraphQLSyntaxError error)
        {
            return [error.ToGraphQLError()];
        }
    }
}
