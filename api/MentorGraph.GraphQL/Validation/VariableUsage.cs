using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Validation;

/// <summary>
/// A variable used as a value: the input type expected where it stands (null when unknown)
/// and the default value of that position, which lets a nullable variable fill a non-null
/// argument that has a default (spec 5.8.5 "Allowing optional variables when default values exist").
/// </summary>
public readonly record struct VariableUsage(VariableNode Node, GraphQLType? Type, ValueNode? DefaultValue);
