using System.Collections;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Utilities;

/// <summary>The code given for one type of a schema-first schema (see <see cref="ResolverMap"/>).</summary>
public sealed class TypeResolverMap(string typeName) : IEnumerable<KeyValuePair<string, FieldResolver>>
{
    private readonly Dictionary<string, FieldResolver> _fields = new(StringComparer.Ordinal);

    public string TypeName { get; } = typeName;

    /// <summary>The resolver of a field; setting one replaces any given before.</summary>
    public FieldResolver this[string fieldName]
    {
        get => _fields[fieldName];
        set => _fields[fieldName] = value;
    }

    /// <summary>For a subscription root type: the source event stream of each field (spec 6.2.3.1).</summary>
    public IDictionary<string, SubscriptionResolver> Subscribers { get; } = new Dictionary<string, SubscriptionResolver>(StringComparer.Ordinal);

    /// <summary>For an interface or union: names the object type of a value.</summary>
    public TypeResolver? ResolveType { get; set; }

    /// <summary>For an object type: the CLR type of its values, so abstract types can resolve to it.</summary>
    public Type? RuntimeType { get; set; }

    /// <summary>For an object type: whether a value belongs to it, when the runtime type cannot tell.</summary>
    public Func<object, IResolveFieldContext, bool>? IsTypeOf { get; set; }

    public FieldResolver? Find(string fieldName) => _fields.GetValueOrDefault(fieldName);

    public IEnumerable<string> FieldNames => _fields.Keys;

    /// <summary>Adds an asynchronous resolver (collection initializer form).</summary>
    public void Add(string fieldName, FieldResolver resolver) => _fields[fieldName] = resolver;

    /// <summary>Adds a synchronous resolver; a task it returns is awaited.</summary>
    public void Add(string fieldName, Func<IResolveFieldContext, object?> resolver) => _fields[fieldName] = FieldResolvers.From(resolver);

    public IEnumerator<KeyValuePair<string, FieldResolver>> GetEnumerator() => _fields.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
