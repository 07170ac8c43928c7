using MentorGraph.Api.GraphQL.Relay;

namespace MentorGraph.Api.GraphQL.Mutations;

/// <summary>
/// A mutation's <c>input</c> argument as the engine coerced it: Int as int, Float as double, ID and
/// String as string, enums as their CLR members, lists as lists, input objects as
/// <see cref="MutationInput"/> through <see cref="GetInput"/>. <see cref="Has"/> tells a field set to
/// null from a field left out, which is what an edit mutation needs.
/// </summary>
public sealed class MutationInput(IReadOnlyDictionary<string, object?> fields)
{
    public IReadOnlyDictionary<string, object?> Fields { get; } = fields ?? throw new ArgumentNullException(nameof(fields));

    /// <summary>Whether the client gave the field, possibly as null.</summary>
    public bool Has(string name) => Fields.ContainsKey(name);

    /// <summary>A field the schema makes non-null (or that has a default).</summary>
    public T Get<T>(string name) =>
        Fields.TryGetValue(name, out var value) && value is T typed
            ? typed
            : throw new InvalidOperationException($"The input has no {typeof(T).Name} field \"{name}\".");

    /// <summary>A field that may be absent or null.</summary>
    public T? GetOrDefault<T>(string name) => Fields.TryGetValue(name, out var value) && value is T typed ? typed : default;

    public IReadOnlyList<T> GetList<T>(string name) =>
        Fields.TryGetValue(name, out var value) && value is IEnumerable<object?> items ? [.. items.Cast<T>()] : [];

    public MutationInput? GetInput(string name) =>
        Fields.TryGetValue(name, out var value) && value is IReadOnlyDictionary<string, object?> nested ? new MutationInput(nested) : null;

    /// <summary>The key inside a global ID field of the given node type.</summary>
    /// <exception cref="MentorGraph.GraphQL.GraphQLError">The ID is malformed or of another type (<c>BAD_USER_INPUT</c>).</exception>
    public TKey GetId<TNode, TKey>(string name, NodeType<TNode, TKey> node)
        where TNode : class
        where TKey : notnull, IParsable<TKey>
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.ParseId(Get<string>(name));
    }
}
