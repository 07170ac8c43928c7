namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>A named type definition (spec 3.4 Types). Every one has a name, a description and directives.</summary>
public abstract record TypeDefinitionNode : TypeSystemDefinitionNode
{
    public abstract StringValueNode? Description { get; init; }

    public abstract NameNode Name { get; init; }

    public abstract IReadOnlyList<DirectiveNode> Directives { get; init; }
}
