namespace MentorGraph.GraphQL.Types;

/// <summary>
/// An object or interface type: a named type with fields and the interfaces it implements
/// (spec 3.6, 3.7). Fields and interfaces are given as thunks so that types may refer to
/// each other in cycles; they are evaluated once, on first use.
/// </summary>
public abstract class ComplexType : NamedType
{
    private readonly Lazy<FieldDefinitionCollection> _fields;
    private readonly Lazy<IReadOnlyList<InterfaceType>> _interfaces;

    protected ComplexType(string name, Func<IEnumerable<FieldDefinition>> fields, Func<IEnumerable<InterfaceType>>? interfaces)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _fields = new Lazy<FieldDefinitionCollection>(() => new FieldDefinitionCollection(fields()));
        _interfaces = new Lazy<IReadOnlyList<InterfaceType>>(() => interfaces is null ? [] : [.. interfaces()]);
    }

    /// <summary>The fields in definition order, with lookup by name.</summary>
    public FieldDefinitionCollection Fields => _fields.Value;

    /// <summary>The interfaces this type declares it implements (spec 3.6 "ImplementsInterfaces").</summary>
    public IReadOnlyList<InterfaceType> Interfaces => _interfaces.Value;

    public FieldDefinition? GetField(string name) => Fields.TryGet(name, out var field) ? field : null;

    public bool Implements(InterfaceType type)
    {
        foreach (var candidate in Interfaces)
        {
            if (ReferenceEquals(candidate, type) || candidate.Name == type.Name)
            {
                return true;
            }
        }

        return false;
    }
}
