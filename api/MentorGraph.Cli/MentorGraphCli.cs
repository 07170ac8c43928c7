using System.CommandLine;
using System.CommandLine.Parsing;
using MentorGraph.Cli.Database;
using MentorGraph.Cli.GraphQL;

namespace MentorGraph.Cli;

/// <summary>
/// The <c>mentorgraph</c> command line. <see cref="InvokeAsync"/> runs one command line with the
/// given writers, so that tests run commands in process exactly as the console does.
/// </summary>
public static class MentorGraphCli
{
    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand("MentorGraph's command line: check and run GraphQL operations against MentorGraph and other schemas.");
        root.Subcommands.Add(GraphQLCommand.Create());
        root.Subcommands.Add(DatabaseCommand.Create());
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; returns the exit code (see <see cref="ExitCodes"/>).</summary>
    public static async Task<int> InvokeAsync(
        IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        var parseResult = CreateRootCommand().Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var parseError in parseResult.Errors)
            {
                await error.WriteLineAsync($"mentorgraph: {parseError.Message}");
            }

            var names = new List<string>();
            for (var result = parseResult.CommandResult; result is not null; result = result.Parent as CommandResult)
            {
                names.Add(result.Command.Name);
            }

            names[^1] = "mentorgraph";
            names.Reverse();
            var command = string.Join(' ', names);
            await error.WriteLineAsync($"Run '{command} --help' for usage.");
            return ExitCodes.UsageError;
        }

        var configuration = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            // Our actions report their own failures; an exception that escapes is a bug, and the
            // console still should not show a stack trace for it (see InvokeActionAsync).
            EnableDefaultExceptionHandler = false,
        };
        return await parseResult.InvokeAsync(configuration, cancellationToken);
    }

    /// <summary>
    /// Runs a command's work, turning a <see cref="UsageException"/> into its message on stderr
    /// and exit code 2, and any other exception (a bug) into a one-line report and exit code 2.
    /// </summary>
    internal static async Task<int> InvokeActionAsync(ParseResult parseResult, Func<TextWriter, TextWriter, Task<int>> action)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        try
        {
            return await action(output, error);
        }
        catch (UsageException exception)
        {
            await error.WriteLineAsync($"mentorgraph: {exception.Message}");
            return ExitCodes.UsageError;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("mentorgraph: cancelled.");
            return ExitCodes.Failure;
        }
        catch (Exception exception)
        {
            // A bug of ours: say what happened in one line; a stack trace helps no partner.
            await error.WriteLineAsync($"mentorgraph: unexpected {exception.GetType().Name}: {exception.Message}");
            return ExitCodes.UsageError;
        }
    }
}
