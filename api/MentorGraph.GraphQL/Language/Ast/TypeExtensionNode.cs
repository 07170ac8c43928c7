namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>A named type extension (spec 3.4.3 Type Extensions).</summary>
public abstract record TypeExtensionNode : TypeSystemExtensionNode
{
    public abstract NameNode Name { get; init; }

    public abstract IReadOnlyList<DirectiveNode> Directives { get; init; }
}
