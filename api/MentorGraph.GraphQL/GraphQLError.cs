using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL;

/// <summary>
/// An error as the GraphQL specification shapes it (spec 7.1.2 Errors): a message for the
/// developer, the source locations it concerns, the response path of the field that raised
/// it, and extensions such as <c>code</c>. Only these four members are ever serialised, so
/// nothing internal reaches a caller by accident.
/// </summary>
public sealed class GraphQLError : Exception
{
    public GraphQLError(
        string message,
        IReadOnlyList<ErrorLocation>? locations = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null,
        Exception? innerException = null)
        : base(message, innerException)
    {
        Locations = locations;
        Path = path;
        Extensions = extensions;
    }

    /// <summary>Line and column (1-based) of each place in the document the error concerns.</summary>
    public IReadOnlyList<ErrorLocation>? Locations { get; }

    /// <summary>The response path of the field that failed: names (string) and list indices (int).</summary>
    public IReadOnlyList<object>? Path { get; }

    /// <summary>Machine-readable details; <c>code</c> says what kind of error it is.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The value of <c>extensions.code</c>, if any.</summary>
    public string? Code => Extensions is not null && Extensions.TryGetValue("code", out var code) ? code as string : null;

    /// <summary>Creates an error with a code in its extensions and the locations of the given nodes.</summary>
    public static GraphQLError WithCode(string message, string code, params SyntaxNode?[] nodes)
    {
        List<ErrorLocation>? locations = null;
        foreach (var node in nodes)
        {
            if (node?.Location is { } location)
            {
                locations ??= [];
                locations.Add(new ErrorLocation(location.Line, location.Column));
            }
        }

        return new GraphQLError(message, locations, extensions: new Dictionary<string, object?> { ["code"] = code });
    }

    /// <summary>A copy of this error with a response path set.</summary>
    public GraphQLError WithPath(IReadOnlyList<object> path) =>
        new(Message, Locations, path, Extensions, InnerException);
}
