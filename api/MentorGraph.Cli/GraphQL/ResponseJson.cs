using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MentorGraph.GraphQL;
using MentorGraph.GraphQL.Execution;

namespace MentorGraph.Cli.GraphQL;

/// <summary>
/// Writes GraphQL responses as one line of JSON each, byte for byte as <c>/graphql</c> writes its
/// body: the spec's member order, and only the escaping JSON requires.
/// </summary>
internal static class ResponseJson
{
    // The same writer options as GraphQLHttpResponseWriter's, so a response reads the same here and over HTTP.
    private static readonly JsonWriterOptions _options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    public static string Serialize(ExecutionResult result) => Write(writer => ExecutionResultJsonWriter.Write(writer, result));

    /// <summary><c>{"file": ..., "errors": [...]}</c>: the validation report of one operation file.</summary>
    public static string FileErrors(string file, IReadOnlyList<GraphQLError> errors) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("file", file);
        writer.WritePropertyName("errors");
        writer.WriteStartArray();
        foreach (var error in errors)
        {
            ExecutionResultJsonWriter.WriteError(writer, error);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    private static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, _options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
