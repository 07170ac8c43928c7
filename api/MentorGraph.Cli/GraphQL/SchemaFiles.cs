using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Types;
using MentorGraph.GraphQL.Types.Builders;

namespace MentorGraph.Cli.GraphQL;

/// <summary>
/// Builds schema-first schemas from SDL. No resolvers are given, so every field reads the JSON
/// member of its parent named after it, and abstract types resolve from <c>__typename</c>, as
/// graphql-js's defaults do; scalars declared in the SDL pass values through.
/// </summary>
internal static class SchemaFiles
{
    public static Schema Load(string path) => FromSdl(CliFiles.ReadText(path), path);

    /// <summary>The schema the SDL describes; a syntax or type-system error names <paramref name="source"/> and where.</summary>
    public static Schema FromSdl(string sdl, string source)
    {
        try
        {
            return SchemaBuilder.FromSdl(sdl);
        }
        catch (GraphQLSyntaxError error)
        {
            throw new UsageException($"{source}:{error.Line}:{error.Column}: {error.Message}");
        }
        catch (SchemaValidationException error)
        {
            throw new UsageException($"{source}: {error.Message}");
        }
    }
}
