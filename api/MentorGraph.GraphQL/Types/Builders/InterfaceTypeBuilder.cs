using MentorGraph.GraphQL.Execution;

namespace MentorGraph.GraphQL.Types.Builders;

/// <summary>Describes an interface type (spec 3.7).</summary>
public sealed class InterfaceTypeBuilder : ComplexTypeBuilder<InterfaceTypeBuilder>
{
    internal InterfaceTypeBuilder(string name)
        : base(name)
    {
    }

    internal TypeResolver? TypeResolver { get; private set; }

    /// <summary>Names the object type of a value; without one, runtime types and IsTypeOf decide.</summary>
    public InterfaceTypeBuilder ResolveType(TypeResolver resolveType)
    {
        TypeResolver = resolveType;
        return this;
    }
}
