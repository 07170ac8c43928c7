using System.Text;
using MentorGraph.GraphQL.Language;

namespace MentorGraph.Benchmarks;

/// <summary>
/// Where the documents and data of the benchmarks are: <c>Workload/</c> is copied beside the
/// binary; GitHub's schema comes from the npm package under <c>compare/node_modules</c>.
/// </summary>
public static class WorkloadFiles
{
    public const string GitHubSchemaPackagePath = "compare/node_modules/@octokit/graphql-schema/schema.graphql";

    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "Workload");

    public static string AnchorSchema => ReadText("anchor.graphql");

    public static string MentorDirectoryQuery => ReadText("mentor-directory.graphql");

    public static string MentorSmallQuery => ReadText("mentor-small.graphql");

    public static string KitchenSinkSchema => ReadText("schema-kitchen-sink.graphql");

    public static string MentorsJson => ReadText("mentors.json");

    /// <summary>The response graphql-js gives to a query, as checked in under <c>Workload/expected/</c>.</summary>
    public static string ExpectedResponse(AnchorQuery query) =>
        ReadText(Path.Combine("expected", query == AnchorQuery.Large ? "mentor-directory.json" : "mentor-small.json")).TrimEnd();

    /// <summary>The path of GitHub's public schema, or null when <c>npm ci</c> has not been run in <c>compare/</c>.</summary>
    public static string? FindGitHubSchema()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "MentorGraph.Benchmarks", GitHubSchemaPackagePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }

            candidate = Path.Combine(directory.FullName, GitHubSchemaPackagePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    public static string GitHubSchemaMissingMessage =>
        $"GitHub's schema is missing: run `npm ci` in tests/MentorGraph.Benchmarks/compare (it provides {GitHubSchemaPackagePath}), or use ./run.sh, which does.";

    /// <summary>
    /// The request defaults for the query; no token limit for schemas, which are trusted input
    /// far past the 15,000 tokens a request may have (GitHub's has about 61,000).
    /// </summary>
    public static ParserOptions ParserOptionsFor(ParseInput input) =>
        input == ParseInput.AnchorQuery ? ParserOptions.Default : new ParserOptions { MaxTokens = int.MaxValue };

    private static string ReadText(string name) => File.ReadAllText(Path.Combine(Directory, name), Encoding.UTF8);
}
