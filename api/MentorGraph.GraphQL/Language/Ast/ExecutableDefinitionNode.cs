namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>An operation or fragment definition (spec 2.2 ExecutableDefinition).</summary>
public abstract record ExecutableDefinitionNode : DefinitionNode;
