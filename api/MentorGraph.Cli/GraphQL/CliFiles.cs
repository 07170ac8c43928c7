using System.Text.Json;
using MentorGraph.GraphQL.Utilities;

namespace MentorGraph.Cli.GraphQL;

/// <summary>Reads the files a command is given, with errors that name the file and say what is wrong.</summary>
internal static class CliFiles
{
    public static string ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cannot read {path}: {Reason(exception)}");
        }
    }

    /// <summary>The JSON value of a file as plain .NET values (see <see cref="JsonValues"/>).</summary>
    public static object? ReadJson(string path) => ParseJson(ReadText(path), path);

    /// <summary>A file that must hold a JSON object, such as variables.</summary>
    public static IReadOnlyDictionary<string, object?> ReadJsonObject(string path) =>
        ReadJson(path) as IReadOnlyDictionary<string, object?>
        ?? throw new UsageException($"{path}: expected a JSON object.");

    public static object? ParseJson(string json, string source)
    {
        try
        {
            return JsonValues.Parse(json);
        }
        catch (JsonException exception)
        {
            throw new UsageException($"{source} is not valid JSON: {exception.Message}");
        }
    }

    private static string Reason(Exception exception) => exception switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file",
        UnauthorizedAccessException => "permission denied",
        _ => exception.Message,
    };
}
