using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Execution;

/// <summary>What a resolver knows about the field it resolves and the request it is part of.</summary>
public interface IResolveFieldContext
{
    /// <summary>The parent value: the object whose field is being resolved (the root value at the top).</summary>
    object? Source { get; }

    /// <summary>Coerced argument values by name; only arguments that were given or have defaults appear.</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    FieldDefinition Field { get; }

    ObjectType ParentType { get; }

    /// <summary>The field selections merged into this response entry (one, or several with the same response name).</summary>
    IReadOnlyList<FieldNode> FieldNodes { get; }

    /// <summary>The response path of this field: names and list indices.</summary>
    IReadOnlyList<object> Path { get; }

    Schema Schema { get; }

    OperationDefinitionNode Operation { get; }

    /// <summary>Coerced variable values of the operation.</summary>
    IReadOnlyDictionary<string, object?> Variables { get; }

    object? RootValue { get; }

    /// <summary>The caller's scoped services, when the host provided them.</summary>
    IServiceProvider? Services { get; }

    /// <summary>Per-request state from the host (such as the authenticated user) and from resolvers.</summary>
    IDictionary<string, object?> ContextData { get; }

    CancellationToken CancellationToken { get; }

    /// <summary>Adds an error to the response without failing the field (spec 6.4.4 "field errors").</summary>
    void ReportError(GraphQLError error);

    /// <summary>
    /// The request's DataLoader of the given key, created by <paramref name="create"/> the first
    /// time it is asked for in this request (batch and cache per request).
    /// </summary>
    TLoader GetDataLoader<TLoader>(string key, Func<TLoader> create)
        where TLoader : class;
}
