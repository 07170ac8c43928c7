namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>An input value literal or variable (spec 2.9 Input Values).</summary>
public abstract record ValueNode : SyntaxNode;
