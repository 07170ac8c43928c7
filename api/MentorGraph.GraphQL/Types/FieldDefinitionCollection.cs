using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace MentorGraph.GraphQL.Types;

/// <summary>Fields in definition order with constant-time lookup by name.</summary>
public sealed class FieldDefinitionCollection : IReadOnlyList<FieldDefinition>
{
    private readonly FieldDefinition[] _fields;
    private readonly Dictionary<string, FieldDefinition> _byName;

    public FieldDefinitionCollection(IEnumerable<FieldDefinition> fields)
    {
        _fields = [.. fields];
        _byName = new Dictionary<string, FieldDefinition>(_fields.Length, StringComparer.Ordinal);
        foreach (var field in _fields)
        {
            // A duplicate name is reported by schema validation; the first definition wins lookups.
            _byName.TryAdd(field.Name, field);
        }
    }

    public int Count => _fields.Length;

    public FieldDefinition this[int index] => _fields[index];

    public bool TryGet(string name, [MaybeNullWhen(false)] out FieldDefinition field) => _byName.TryGetValue(name, out field);

    public IEnumerator<FieldDefinition> GetEnumerator() => ((IEnumerable<FieldDefinition>)_fields).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
