using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Types.Builders;

namespace MentorGraph.Api.GraphQL.Relay;

/// <summary>
/// Global object identification (GraphQL Global Object Identification spec, "Reserved Types" and
/// "Node root field"): the <c>Node</c> interface, <c>node(id:)</c> and <c>nodes(ids:)</c> on the
/// query type, and <see cref="ImplementsNode"/> for each object type that is a node.
/// </summary>
public static class NodeSchemaBuilderExtensions
{
    /// <summary>The most IDs one <c>nodes(ids:)</c> call accepts.</summary>
    public const int MaxNodesPerRequest = 100;

    /// <summary>Adds <c>interface Node { id: ID! }</c> and the <c>node</c> and <c>nodes</c> query fields, resolved through <paramref name="registry"/>.</summary>
    public static SchemaBuilder AddNodeInterface(this SchemaBuilder builder, NodeRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return ConventionTypes.Once(builder, "Node", b => b
            .InterfaceType("Node", t => t
                .Description("An object with a global ID, which node(id:) fetches again.")
                .Field("id", "ID!", f => f.Description("The object's global ID: opaque, stable, unique across types."))
                .ResolveType((value, _) => registry.TypeNameOf(value)))
            .Query(q => q
                .Field("node", "Node", context => LoadAsync(registry, context, (string)context.Arguments["id"]!), f => f
                    .Description("Fetches an object by its global ID; null when it does not exist.")
                    .Argument("id", "ID!"))
                .Field("nodes", "[Node]!", context => LoadManyAsync(registry, context), f => f
                    .Description($"Fetches objects by their global IDs, in order, null where one does not exist; at most {MaxNodesPerRequest} IDs.")
                    .Argument("ids", "[ID!]!"))));
    }

    /// <summary>Declares <c>implements Node</c> and the <c>id</c> field, whose value is the node's global ID.</summary>
    public static ObjectTypeBuilder<TNode> ImplementsNode<TNode, TKey>(this ObjectTypeBuilder<TNode> type, NodeType<TNode, TKey> node)
        where TNode : class
        where TKey : notnull, IParsable<TKey>
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(node);
        if (!string.Equals(type.Name, node.TypeName, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The object type {type.Name} cannot use the node type {node.TypeName}: their IDs would name the wrong type.", nameof(node));
        }

        return type.Implements("Node").Field("id", "ID!", value => node.IdOf(value), f => f.Description("The object's global ID."));
    }

    private static async ValueTask<object?> LoadAsync(NodeRegistry registry, IResolveFieldContext context, string id)
    {
        var (nodeType, globalId) = Find(registry, id);
        return await nodeType.LoadAsync(context, globalId).ConfigureAwait(false);
    }

    private static async ValueTask<object?> LoadManyAsync(NodeRegistry registry, IResolveFieldContext context)
    {
        var ids = ((IEnumerable<object?>)context.Arguments["ids"]!).Cast<string>().ToList();
        if (ids.Count > MaxNodesPerRequest)
        {
            throw UserInputError.Create($"nodes(ids:) accepts at most {MaxNodesPerRequest} IDs; {ids.Count} were given.");
        }

        // Every ID is checked before anything is fetched; then every load starts before any is
        // awaited, so each type's DataLoader fetches its IDs in one batch.
        var targets = ids.Select(id => Find(registry, id)).ToList();
        return await Task.WhenAll(targets.Select(target => target.Type.LoadAsync(context, target.Id))).ConfigureAwait(false);
    }

    private static (INodeType Type, GlobalId Id) Find(NodeRegistry registry, string id)
    {
        var globalId = GlobalId.Parse(id);
        return registry.Find(globalId.TypeName) is { } nodeType && nodeType.IsKey(globalId.LocalId)
            ? (nodeType, globalId)
            : throw UserInputError.Create($"The ID \"{id}\" is not a valid ID.");
    }
}
