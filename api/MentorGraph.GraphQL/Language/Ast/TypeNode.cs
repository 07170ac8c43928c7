namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>A type reference (spec 2.11 Type References).</summary>
public abstract record TypeNode : SyntaxNode;
