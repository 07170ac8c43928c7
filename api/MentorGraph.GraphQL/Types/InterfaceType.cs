using MentorGraph.GraphQL.Execution;

namespace MentorGraph.GraphQL.Types;

/// <summary>An interface type (spec 3.7 Interfaces); interfaces may implement interfaces.</summary>
public sealed class InterfaceType(string name, Func<IEnumerable<FieldDefinition>> fields, Func<IEnumerable<InterfaceType>>? interfaces = null)
    : ComplexType(name, fields, interfaces)
{
    public override TypeKind Kind => TypeKind.Interface;

    /// <summary>Names the object type of a value; null means the engine's default resolution.</summary>
    public TypeResolver? ResolveType { get; init; }
}
