namespace MentorGraph.GraphQL.Validation.Limits;

/// <summary>The nesting depth, field selections and aliases of an operation with its fragments expanded.</summary>
public readonly record struct OperationShape(int Depth, long FieldCount, long AliasCount);
