namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// Names the object type of a value of an interface or union (spec 6.4.3 ResolveAbstractType).
/// Returning null leaves the decision to the engine's default resolution.
/// </summary>
public delegate string? TypeResolver(object value, IResolveFieldContext context);
