namespace MentorGraph.Api.GraphQL.Relay;

/// <summary>
/// The node types of a schema, by name: what <c>node(id:)</c> and <c>nodes(ids:)</c> consult to
/// load an object from its global ID, and what names the object type behind a <c>Node</c> value.
/// </summary>
public sealed class NodeRegistry
{
    private readonly Dictionary<string, INodeType> _byName = new(StringComparer.Ordinal);

    public IEnumerable<INodeType> Types => _byName.Values;

    /// <summary>Registers a node type and returns it, for its object type's <c>id</c> field and for references to it.</summary>
    public NodeType<TNode, TKey> Register<TNode, TKey>(string typeName, Func<TNode, TKey> key, NodeBatchFetch<TKey, TNode> fetch)
        where TNode : class
        where TKey : notnull, IParsable<TKey>
    {
        var nodeType = new NodeType<TNode, TKey>(typeName, key, fetch);
        Add(nodeType);
        return nodeType;
    }

    public void Add(INodeType nodeType)
    {
        ArgumentNullException.ThrowIfNull(nodeType);
        if (!_byName.TryAdd(nodeType.TypeName, nodeType))
        {
            throw new ArgumentException($"The node type {nodeType.TypeName} is registered twice.", nameof(nodeType));
        }
    }

    public INodeType? Find(string typeName) => _byName.GetValueOrDefault(typeName);

    /// <summary>The node type name of a value, by its CLR type (exact first, then assignable), or null.</summary>
    public string? TypeNameOf(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var clrType = value.GetType();
        return _byName.Values.FirstOrDefault(type => type.ClrType == clrType)?.TypeName
            ?? _byName.Values.FirstOrDefault(type => type.ClrType.IsAssignableFrom(clrType))?.TypeName;
    }
}
