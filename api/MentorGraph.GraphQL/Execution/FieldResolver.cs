namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// Produces a field's value (spec 6.4.2 ResolveFieldValue). Synchronous resolvers return a
/// completed <see cref="ValueTask{TResult}"/>, which the executor reads without awaiting, so
/// they stay off the asynchronous path.
/// </summary>
public delegate ValueTask<object?> FieldResolver(IResolveFieldContext context);
