using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// Checks one limit against abuse on an operation (depth, fields, aliases, cost) and returns
/// the errors of what it exceeds, each with the code of its limit; empty when within limits.
/// </summary>
public delegate IReadOnlyList<GraphQLError> OperationLimitAnalyzer(Schema schema, DocumentNode document, OperationDefinitionNode operation);
