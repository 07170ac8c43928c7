using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types;

/// <summary>
/// A type with a name: scalar, object, interface, union, enum or input object (spec 3.4).
/// Applied directives are kept as syntax so that printing and federation see them as written.
/// </summary>
public abstract class NamedType : GraphQLType
{
    protected NamedType(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
    }

    public string Name { get; }

    public string? Description { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <summary>The definition this type was built from, and its extensions, for error locations.</summary>
    public IReadOnlyList<SyntaxNode> AstNodes { get; init; } = [];

    /// <summary>Free-form metadata for layers above the engine (authorization, cost, federation).</summary>
    public IDictionary<string, object?> Metadata { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    public override NamedType GetNamedType() => this;

    /// <summary>Whether this is one of the introspection types, whose names start with "__" (spec 4).</summary>
    public bool IsIntrospectionType => Name.StartsWith("__", StringComparison.Ordinal);

    public override string ToString() => Name;
}
