namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// A map or list of the response under construction. Each knows its slot in its parent, so a
/// null can propagate to the nearest nullable parent (spec 6.4.4) and an error's response path
/// can be computed when needed instead of being allocated for every field.
/// </summary>
internal abstract class ResultNode
{
    protected ResultNode(ResultNode? parent, int parentIndex, bool nullableInParent, int size)
    {
        Parent = parent;
        ParentIndex = parentIndex;
        NullableInParent = nullableInParent;
        Values = size == 0 ? [] : new object?[size];
    }

    public ResultNode? Parent { get; }

    public int ParentIndex { get; }

    /// <summary>Whether the slot holding this node accepts null; if not, a null here nulls the parent too.</summary>
    public bool NullableInParent { get; }

    /// <summary>Set when this node was replaced by null: work that would still write into it is dropped.</summary>
    public bool IsNulled { get; set; }

    public object?[] Values { get; }

    /// <summary>The path segment of a slot: a response name for a map, an index for a list.</summary>
    public abstract object KeyAt(int index);

    /// <summary>Whether this node or any ancestor has been nulled.</summary>
    public bool IsDiscarded()
    {
        for (var node = this; node is not null; node = node.Parent)
        {
            if (node.IsNulled)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The response path of a slot of this node: names and indices from the root.</summary>
    public IReadOnlyList<object> PathOf(int index)
    {
        var depth = 1;
        for (var node = this; node.Parent is not null; node = node.Parent)
        {
            depth++;
        }

        var path = new object[depth];
        path[--depth] = KeyAt(index);
        for (var node = this; node.Parent is not null; node = node.Parent)
        {
            path[--depth] = node.Parent.KeyAt(node.ParentIndex);
        }

        return path;
    }
}
