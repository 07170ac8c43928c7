using System.CommandLine;

namespace MentorGraph.Cli.GraphQL;

/// <summary><c>mentorgraph graphql</c>: print, validate, execute and serve GraphQL schemas and operations.</summary>
internal static class GraphQLCommand
{
    public static Command Create() => new("graphql", "Print schemas, and validate, execute or serve operations with MentorGraph's GraphQL engine.")
    {
        PrintCommand.Create(),
        ValidateCommand.Create(),
        ExecuteCommand.Create(),
        ServeCommand.Create(),
    };

    /// <summary>The <c>--schema S.graphql</c> option every subcommand takes.</summary>
    public static Option<string> SchemaOption(bool required) => new("--schema")
    {
        Description = "The schema, as an SDL file.",
        HelpName = "S.graphql",
        Required = required,
    };
}
