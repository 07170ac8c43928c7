using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Types;
using MentorGraph.GraphQL.Types.Scalars;
using MentorGraph.GraphQL.Utilities;

namespace MentorGraph.GraphQL.Tests.Execution;

/// <summary>Small helpers to build schemas in code and run requests through the whole pipeline.</summary>
internal static class ExecutionTestKit
{
    public static GraphQLType StringType => SpecifiedScalars.String;

    public static GraphQLType IntType => SpecifiedScalars.Int;

    public static GraphQLType BooleanType => SpecifiedScalars.Boolean;

    public static GraphQLType NonNull(GraphQLType type) => new NonNullType(type);

    public static GraphQLType ListOf(GraphQLType type) => new ListType(type);

    public static FieldDefinition Field(string name, GraphQLType type, Func<IResolveFieldContext, object?>? resolve = null, params InputValueDefinition[] arguments) =>
        new(name, type)
        {
            Resolver = resolve is null ? null : context => new ValueTask<object?>(resolve(context)),
            Arguments = arguments,
        };

    public static FieldDefinition AsyncField(string name, GraphQLType type, Func<IResolveFieldContext, Task<object?>> resolve, params InputValueDefinition[] arguments) =>
        new(name, type)
        {
            Resolver = context => new ValueTask<object?>(resolve(context)),
            Arguments = arguments,
        };

    public static InputValueDefinition Argument(string name, GraphQLType type) => new(name, type);

    public static Schema SchemaWithQuery(params FieldDefinition[] fields) =>
        new(new SchemaConfig { Query = new ObjectType("Query", () => fields) });

    public static RequestExecutor Executor(Schema schema, ExecutionOptions? options = null) =>
        new RequestExecutorBuilder(schema).WithOptions(options ?? new ExecutionOptions()).Build();

    public static Task<ExecutionResult> ExecuteAsync(
        Schema schema,
        string query,
        string? variablesJson = null,
        object? rootValue = null,
        ExecutionOptions? options = null,
        CancellationToken cancellationToken = default) =>
        Executor(schema, options).ExecuteAsync(Request(query, variablesJson, rootValue), cancellationToken);

    public static async Task<string> ExecuteJsonAsync(Schema schema, string query, string? variablesJson = null, object? rootValue = null, ExecutionOptions? options = null) =>
        Json(await ExecuteAsync(schema, query, variablesJson, rootValue, options));

    public static GraphQLRequest Request(string query, string? variablesJson = null, object? rootValue = null) => new()
    {
        Query = query,
        Variables = variablesJson is null ? null : (IReadOnlyDictionary<string, object?>)JsonValues.Parse(variablesJson)!,
        RootValue = rootValue,
    };

    public static string Json(ExecutionResult result) => ExecutionResultJsonWriter.ToJson(result);

    /// <summary>The "data" entry alone, as JSON.</summary>
    public static string DataJson(ExecutionResult result)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            ExecutionResultJsonWriter.WriteValue(writer, result.Data);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes JSON with single quotes for readability in assertions: <c>{'a':1}</c>.</summary>
    public static string Q(string json) => json.Replace('\'', '"');
}
