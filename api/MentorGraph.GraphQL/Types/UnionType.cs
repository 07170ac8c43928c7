using MentorGraph.GraphQL.Execution;

namespace MentorGraph.GraphQL.Types;

/// <summary>A union of object types (spec 3.8 Unions).</summary>
public sealed class UnionType : NamedType
{
    private readonly Lazy<IReadOnlyList<ObjectType>> _types;

    public UnionType(string name, Func<IEnumerable<ObjectType>> types)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(types);
        _types = new Lazy<IReadOnlyList<ObjectType>>(() => [.. types()]);
    }

    public override TypeKind Kind => TypeKind.Union;

    /// <summary>The member types in definition order.</summary>
    public IReadOnlyList<ObjectType> Types => _types.Value;

    /// <summary>Names the object type of a value; null means the engine's default resolution.</summary>
    public TypeResolver? ResolveType { get; init; }
}
