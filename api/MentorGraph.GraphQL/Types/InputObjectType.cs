namespace MentorGraph.GraphQL.Types;

/// <summary>
/// An input object type (spec 3.10 Input Objects). With <see cref="IsOneOf"/> exactly one
/// field must be given, and it must not be null (the <c>@oneOf</c> RFC). Coerced values are
/// dictionaries keyed by field name holding only the fields that were provided or defaulted.
/// </summary>
public sealed class InputObjectType : NamedType
{
    private readonly Lazy<IReadOnlyList<InputValueDefinition>> _fields;
    private Dictionary<string, InputValueDefinition>? _byName;

    public InputObjectType(string name, Func<IEnumerable<InputValueDefinition>> fields)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _fields = new Lazy<IReadOnlyList<InputValueDefinition>>(() => [.. fields()]);
    }

    public override TypeKind Kind => TypeKind.InputObject;

    public bool IsOneOf { get; init; }

    public IReadOnlyList<InputValueDefinition> Fields => _fields.Value;

    public InputValueDefinition? GetField(string name)
    {
        if (_byName is null)
        {
            var byName = new Dictionary<string, InputValueDefinition>(StringComparer.Ordinal);
            foreach (var field in Fields)
            {
                byName.TryAdd(field.Name, field);
            }

            _byName = byName;
        }

        return _byName.TryGetValue(name, out var found) ? found : null;
    }
}
