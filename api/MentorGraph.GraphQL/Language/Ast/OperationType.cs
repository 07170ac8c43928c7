namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>The three kinds of operation (spec 2.3 OperationType).</summary>
public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}
