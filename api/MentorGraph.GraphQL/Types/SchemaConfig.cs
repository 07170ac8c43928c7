using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types;

/// <summary>What a <see cref="Schema"/> is made of.</summary>
public sealed record SchemaConfig
{
    public ObjectType? Query { get; init; }

    public ObjectType? Mutation { get; init; }

    public ObjectType? Subscription { get; init; }

    /// <summary>Types to include even when no field reaches them (such as implementations of an interface).</summary>
    public IReadOnlyList<NamedType> Types { get; init; } = [];

    /// <summary>The directives the schema declares; null means the specified directives only.</summary>
    public IReadOnlyList<DirectiveDefinition>? DirectiveDefinitions { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    public IReadOnlyList<SyntaxNode> AstNodes { get; init; } = [];
}
