namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>A top-level definition of a document (spec 2.2).</summary>
public abstract record DefinitionNode : SyntaxNode;
