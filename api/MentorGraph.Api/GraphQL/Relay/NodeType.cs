using System.Globalization;
using MentorGraph.GraphQL.Execution;

namespace MentorGraph.Api.GraphQL.Relay;

/// <summary>
/// One node type: how to read a value's key, how to fetch values by key in batches, and how its
/// global IDs look. Its DataLoader is the request's one loader for this type, so <c>node(id:)</c>,
/// <c>nodes(ids:)</c> and every reference to a <typeparamref name="TNode"/> (a mentorship's mentor, an
/// application's opportunity) share one batch and one cache per request.
/// </summary>
public sealed class NodeType<TNode, TKey> : INodeType
    where TNode : class
    where TKey : notnull, IParsable<TKey>
{
    private readonly Func<TNode, TKey> _key;
    private readonly NodeBatchFetch<TKey, TNode> _fetch;
    private readonly string _loaderKey;

    public NodeType(string typeName, Func<TNode, TKey> key, NodeBatchFetch<TKey, TNode> fetch)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(fetch);
        TypeName = typeName;
        _key = key;
        _fetch = fetch;
        _loaderKey = "MentorGraph.Node:" + typeName;
    }

    public string TypeName { get; }

    public Type ClrType => typeof(TNode);

    public TKey KeyOf(TNode node) => _key(node);

    /// <summary>The global ID of a node: what its <c>id</c> field returns.</summary>
    public string IdOf(TNode node) => GlobalId.Encode(TypeName, _key(node));

    /// <summary>The global ID of a key.</summary>
    public string IdOf(TKey key) => GlobalId.Encode(TypeName, key);

    /// <summary>The key inside a global ID of this type, for arguments such as <c>mentorId: ID!</c>.</summary>
    /// <exception cref="MentorGraph.GraphQL.GraphQLError">The ID is malformed or of another type (<c>BAD_USER_INPUT</c>).</exception>
    public TKey ParseId(string id) => GlobalId.Parse<TKey>(id, TypeName);

    /// <summary>The request's DataLoader of this type.</summary>
    public BatchDataLoader<TKey, TNode> Loader(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.GetDataLoader(_loaderKey, () =>
        {
            var services = context.Services
                ?? throw new InvalidOperationException($"Loading {TypeName} nodes needs the request's services (GraphQLRequest.Services).");
            return new BatchDataLoader<TKey, TNode>((keys, cancellationToken) => _fetch(keys, services, cancellationToken));
        });
    }

    /// <summary>Loads one node by key, batched with every other load of this type in the same step of execution.</summary>
    public Task<TNode?> LoadAsync(IResolveFieldContext context, TKey key) => Loader(context).LoadAsync(key);

    bool INodeType.IsKey(string localId) => TKey.TryParse(localId, CultureInfo.InvariantCulture, out _);

    async Task<object?> INodeType.LoadAsync(IResolveFieldContext context, GlobalId id)
    {
        if (!TKey.TryParse(id.LocalId, CultureInfo.InvariantCulture, out var key))
        {
            throw UserInputError.Create($"The ID \"{id}\" is not a valid ID.");
        }

        return await LoadAsync(context, key).ConfigureAwait(false);
    }
}
