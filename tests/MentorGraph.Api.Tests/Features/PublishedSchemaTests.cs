using MentorGraph.Api.Features;
using MentorGraph.GraphQL.Utilities;

namespace MentorGraph.Api.Tests.Features;

/// <summary>
/// schema/mentorgraph.graphql is the API's schema as partners read it: it must be exactly what
/// the API serves, so a change to the schema shows up in review as a change to that file.
/// </summary>
public sealed class PublishedSchemaTests
{
    private const string RelativePath = "schema/mentorgraph.graphql";

    [Fact]
    public void PublishedSchema_IsThePrintedSchemaOfTheApi()
    {
        var printed = SchemaPrinter.Print(MentorGraphSchema.Create()) + "\n";
        var path = Path.Combine(RepositoryFiles.Root(), RelativePath);

        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(path, printed);
            return;
        }

        var published = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : string.Empty;
        if (published != printed)
        {
            Assert.Fail(
                $"{RelativePath} differs from the schema the API serves (- published, + served):\n\n"
                + LineDiff.Unified(published, printed)
                + "\nIf the change is intended, regenerate the file and commit it:\n"
                + "  dotnet run --project api/MentorGraph.Cli -- graphql print --schema-from-api > schema/mentorgraph.graphql\n"
                + "or run this test with UPDATE_SCHEMA=1.");
        }
    }
}
