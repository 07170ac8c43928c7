using System.Linq.Expressions;
using MentorGraph.Api.GraphQL.Filtering;
using MentorGraph.GraphQL.Types.Builders;

namespace MentorGraph.Api.GraphQL.Sorting;

/// <summary>
/// Which fields of <typeparamref name="T"/> a list can be ordered by, and its default order. It
/// generates <c>input MentorOrder @oneOf { displayName: SortDirection ... }</c>, so a client writes
/// <c>order: [{ yearsOfExperience: DESC }, { displayName: ASC }]</c>, and turns that argument into
/// <c>OrderBy</c>/<c>ThenBy</c> calls that EF translates to ORDER BY:
/// <code>
/// public static readonly SortDefinition&lt;Mentor&gt; MentorOrder = new SortDefinition&lt;Mentor&gt;("Mentor")
///     .Field("displayName", m =&gt; m.DisplayName)
///     .Field("yearsOfExperience", m =&gt; m.YearsOfExperience)
///     .DefaultOrder("displayName");
/// </code>
/// </summary>
public sealed class SortDefinition<T>
{
    private readonly Dictionary<string, (MemberSelector Selector, string? Description)> _fields = new(StringComparer.Ordinal);
    private readonly List<(string Field, SortDirection Direction)> _defaults = [];

    /// <param name="typeName">The node type's name; the input type is named <c>{typeName}Order</c>.</param>
    public SortDefinition(string typeName)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        TypeName = typeName;
    }

    public string TypeName { get; }

    public string InputTypeName => TypeName + "Order";

    public SortDefinition<T> Field(string name, Expression<Func<T, object?>> selector, string? description = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!_fields.TryAdd(name, (MemberSelector.From(selector), description)))
        {
            throw new ArgumentException($"{InputTypeName} already has a field {name}.", nameof(name));
        }

        return this;
    }

    /// <summary>Adds a key to the order used when the client gives none.</summary>
    public SortDefinition<T> DefaultOrder(string field, SortDirection direction = SortDirection.Ascending)
    {
        if (!_fields.ContainsKey(field))
        {
            throw new ArgumentException($"{InputTypeName} has no field {field} to order by.", nameof(field));
        }

        _defaults.Add((field, direction));
        return this;
    }

    /// <summary>
    /// The keys of an <c>order</c> argument as the engine coerced it (a list of one-field maps), or
    /// the default order when it is null or empty.
    /// </summary>
    /// <exception cref="MentorGraph.GraphQL.GraphQLError">A field is named twice (<c>BAD_USER_INPUT</c>).</exception>
    public IReadOnlyList<SortKey> Parse(object? order)
    {
        var requested = new List<(string Field, SortDirection Direction)>();
        if (order is IEnumerable<object?> items)
        {
            foreach (var item in items)
            {
                // @oneOf guarantees exactly one field per item.
                foreach (var (field, direction) in (IReadOnlyDictionary<string, object?>)item!)
                {
                    requested.Add((field, (SortDirection)direction!));
                }
            }
        }

        if (requested.Count == 0)
        {
            requested = _defaults;
        }

        var keys = new List<SortKey>(requested.Count);
        foreach (var (field, direction) in requested)
        {
            if (keys.Any(key => key.Name == field))
            {
                throw UserInputError.Create($"The order names the field \"{field}\" more than once.");
            }

            keys.Add(new SortKey(field, _fields[field].Selector, direction));
        }

        return keys;
    }

    /// <summary>Orders <paramref name="query"/> by the <c>order</c> argument (or the default); unordered if both are empty.</summary>
    public IQueryable<T> Apply(IQueryable<T> query, object? order)
    {
        ArgumentNullException.ThrowIfNull(query);
        var keys = Parse(order);
        return keys.Count == 0 ? query : SortKey.Apply(query, keys);
    }

    internal void AddTypes(SchemaBuilder builder)
    {
        SortSchemaBuilderExtensions.AddSortDirection(builder);
        ConventionTypes.Once(builder, InputTypeName, b => b.InputType(InputTypeName, input =>
        {
            input.OneOf().Description($"One key of an order of {TypeName} values: set exactly one field.");
            foreach (var (name, (_, description)) in _fields)
            {
                input.Field(name, "SortDirection", f =>
                {
                    if (description is not null)
                    {
                        f.Description(description);
                    }
                });
            }
        }));
    }
}
