using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types;

/// <summary>
/// An enum type (spec 3.9 Enums). Each value has a name, as clients see it, and an internal
/// value, as resolvers see it (a CLR enum member or, by default, the name).
/// </summary>
public sealed class EnumType : LeafType
{
    private readonly Lazy<IReadOnlyList<EnumValueDefinition>> _values;
    private Dictionary<string, EnumValueDefinition>? _byName;
    private Dictionary<object, EnumValueDefinition>? _byValue;

    public EnumType(string name, Func<IEnumerable<EnumValueDefinition>> values)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = new Lazy<IReadOnlyList<EnumValueDefinition>>(() => [.. values()]);
    }

    public EnumType(string name, IEnumerable<EnumValueDefinition> values)
        : this(name, () => values)
    {
    }

    public override TypeKind Kind => TypeKind.Enum;

    public IReadOnlyList<EnumValueDefinition> Values => _values.Value;

    public EnumValueDefinition? GetValue(string name)
    {
        EnsureIndexes();
        return _byName!.TryGetValue(name, out var value) ? value : null;
    }

    /// <summary>Result coercion: the internal value (or its name as a string) becomes the value's name.</summary>
    public override object Serialize(object value)
    {
        EnsureIndexes();
        if (_byValue!.TryGetValue(value, out var definition))
        {
            return definition.Name;
        }

        if (value is string name && _byName!.ContainsKey(name))
        {
            return name;
        }

        if (value is Enum member && _byName!.ContainsKey(member.ToString()))
        {
            return member.ToString();
        }

        throw new ValueCoercionException($"Enum \"{Name}\" cannot represent value: {Describe.Value(value)}");
    }

    /// <summary>Input coercion from a variable: the value's name as a string.</summary>
    public override object ParseValue(object value)
    {
        if (value is not string name)
        {
            throw new ValueCoercionException($"Enum \"{Name}\" cannot represent non-string value: {Describe.Value(value)}.");
        }

        return GetValue(name)?.Value
            ?? throw new ValueCoercionException($"Value {Describe.Quote(name)} does not exist in \"{Name}\" enum.");
    }

    /// <summary>Input coercion from a literal: an enum value literal, never a string (spec 3.9 "Input Coercion").</summary>
    public override object ParseLiteral(ValueNode literal)
    {
        if (literal is not EnumValueNode enumValue)
        {
            throw new ValueCoercionException($"Enum \"{Name}\" cannot represent non-enum value: {Describe.Literal(literal)}.");
        }

        return GetValue(enumValue.Value)?.Value
            ?? throw new ValueCoercionException($"Value \"{enumValue.Value}\" does not exist in \"{Name}\" enum.");
    }

    public override ValueNode ToLiteral(object value) => new EnumValueNode((string)Serialize(value));

    private void EnsureIndexes()
    {
        if (_byName is not null)
        {
            return;
        }

        var byValue = new Dictionary<object, EnumValueDefinition>();
        var byName = new Dictionary<string, EnumValueDefinition>(StringComparer.Ordinal);
        foreach (var value in Values)
        {
            byName.TryAdd(value.Name, value);
            byValue.TryAdd(value.Value, value);
        }

        _byValue = byValue;
        _byName = byName;
    }
}
