using System.CommandLine;
using MentorGraph.GraphQL.AspNetCore;
using MentorGraph.GraphQL.Execution;

namespace MentorGraph.Cli.GraphQL;

/// <summary>
/// <c>graphql execute --schema S.graphql --query Q.graphql [--variables V.json] [--operation NAME] [--data D.json]</c>
/// runs one operation on a schema-first schema whose root value is the JSON data, and prints the
/// response JSON exactly as <c>/graphql</c> would put it in the body. <c>graphql execute --batch CASES.jsonl</c>
/// runs one case a line (see <see cref="BatchExecution"/>). Exit code 0 when no response has
/// errors, 1 when one has, 2 when the command cannot run.
/// </summary>
internal static class ExecuteCommand
{
    public static Command Create()
    {
        var schema = GraphQLCommand.SchemaOption(required: false);
        var query = new Option<string>("--query") { Description = "The operation document.", HelpName = "Q.graphql" };
        var variables = new Option<string>("--variables") { Description = "The variables, as a JSON object.", HelpName = "V.json" };
        var operation = new Option<string>("--operation") { Description = "The name of the operation to run, when the document has several.", HelpName = "NAME" };
        var data = new Option<string>("--data") { Description = "The root value, as JSON: fields read its members.", HelpName = "D.json" };
        var batch = new Option<string>("--batch")
        {
            Description = "Run JSON lines {\"schema\" | \"schemaPath\", \"query\", \"variables\", \"operationName\", \"data\"}; print one response line each.",
            HelpName = "CASES.jsonl",
        };
        var command = new Command("execute", "Execute an operation on a schema-first schema over JSON data and print the GraphQL response.")
        {
            schema,
            query,
            variables,
            operation,
            data,
            batch,
        };
        command.Validators.Add(result =>
        {
            if (result.GetResult(batch) is not null)
            {
                if (new Option[] { schema, query, variables, operation, data }.Any(option => result.GetResult(option) is not null))
                {
                    result.AddError("--batch takes no other option: each case carries its own schema, query, variables and data.");
                }
            }
            else if (result.GetResult(schema) is null || result.GetResult(query) is null)
            {
                result.AddError("Give --schema S.graphql and --query Q.graphql, or --batch CASES.jsonl.");
            }
        });

        command.SetAction((parseResult, cancellationToken) => MentorGraphCli.InvokeActionAsync(parseResult, async (output, _) =>
        {
            if (parseResult.GetValue(batch) is { } casesPath)
            {
                return await BatchExecution.RunAsync(casesPath, output, cancellationToken);
            }

            var executor = new GraphQLExecutorOptions().CreateExecutor(SchemaFiles.Load(parseResult.GetRequiredValue(schema)));
            var request = new GraphQLRequest
            {
                Query = CliFiles.ReadText(parseResult.GetRequiredValue(query)),
                Variables = parseResult.GetValue(variables) is { } variablesPath ? CliFiles.ReadJsonObject(variablesPath) : null,
                OperationName = parseResult.GetValue(operation),
                RootValue = parseResult.GetValue(data) is { } dataPath ? CliFiles.ReadJson(dataPath) : null,
            };
            var result = await executor.ExecuteAsync(request, cancellationToken);
            await output.WriteLineAsync(ResponseJson.Serialize(result));
            return result.Errors is { Count: > 0 } ? ExitCodes.Failure : ExitCodes.Success;
        }));
        return command;
    }
}
