using System.Linq.Expressions;
using MentorGraph.GraphQL.Types.Builders;

namespace MentorGraph.Api.GraphQL.Filtering;

/// <summary>
/// Which fields of <typeparamref name="T"/> a list can be filtered on, and how. It generates
/// <c>input MentorFilterInput { and or not displayName: StringOperationFilterInput ... }</c> and turns a
/// <c>where</c> argument into one expression tree that EF translates to a SQL WHERE clause; nothing is
/// filtered in memory.
/// <code>
/// public static readonly FilterDefinition&lt;Mentor&gt; MentorFilter = new FilterDefinition&lt;Mentor&gt;("Mentor")
///     .Id&lt;Guid&gt;("id", m =&gt; m.Id, "Mentor")
///     .Field("displayName", m =&gt; m.DisplayName)
///     .Field("yearsOfExperience", m =&gt; m.YearsOfExperience)
///     .Object("organization", m =&gt; m.Organisation, OrganizationFilter)
///     .List("languages", m =&gt; m.Languages, MentorLanguageFilter)
///     .Custom&lt;MeetingFormats&gt;("formats", "MeetingFormat", formats =&gt; m =&gt; (m.Formats &amp; formats) != 0);
/// </code>
/// The fields of one <c>where</c> object must all hold; <c>and</c>, <c>or</c> and <c>not</c> combine whole objects.
/// </summary>
public sealed class FilterDefinition<T> : IFilterDefinition
{
    private readonly List<FilterField> _fields = [];

    /// <param name="typeName">The entity's GraphQL type name; the input type is named <c>{typeName}FilterInput</c>.</param>
    public FilterDefinition(string typeName)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        TypeName = typeName;
    }

    public string TypeName { get; }

    public string InputTypeName => TypeName + "FilterInput";

    /// <summary>
    /// A field compared by value with the operators of its type: text (eq, neq, in, nin, contains,
    /// startsWith, endsWith), numbers, dates and enums (eq, neq, in, nin, gt, gte, lt, lte), Boolean
    /// (eq, neq). An enum's GraphQL type is named after the CLR enum unless <paramref name="graphQLType"/> is given.
    /// </summary>
    public FilterDefinition<T> Field(string name, Expression<Func<T, object?>> selector, string? graphQLType = null, string? description = null)
    {
        var member = MemberSelector.From(selector);
        return Add(new ScalarFilterField(name, description, member, ScalarOperations.For(member.Type, graphQLType)));
    }

    /// <summary>A key filtered by the global IDs of <paramref name="nodeTypeName"/> (eq, neq, in, nin), decoded before the query.</summary>
    public FilterDefinition<T> Id<TKey>(string name, Expression<Func<T, object?>> selector, string nodeTypeName, string? description = null)
        where TKey : IParsable<TKey>
    {
        ArgumentException.ThrowIfNullOrEmpty(nodeTypeName);
        return Add(new IdFilterField<TKey>(name, description, MemberSelector.From(selector), nodeTypeName));
    }

    /// <summary>A reference to another entity, filtered with its filter.</summary>
    public FilterDefinition<T> Object<TOther>(string name, Expression<Func<T, TOther?>> selector, FilterDefinition<TOther> filter, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Add(new ObjectFilterField(name, description, MemberSelector.From(selector), filter));
    }

    /// <summary>A collection of other entities, filtered with <c>some</c>, <c>all</c>, <c>none</c> and <c>any</c>.</summary>
    public FilterDefinition<T> List<TElement>(string name, Expression<Func<T, IEnumerable<TElement>>> selector, FilterDefinition<TElement> elementFilter, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(elementFilter);
        return Add(new ListFilterField<TElement>(name, description, MemberSelector.From(selector), elementFilter));
    }

    /// <summary>
    /// A field of the GraphQL type <paramref name="graphQLType"/> whose value becomes a hand-written
    /// predicate. The value arrives as the engine coerced it: a CLR enum member, an int, a string, or
    /// for an input object a read-only dictionary.
    /// </summary>
    public FilterDefinition<T> Custom<TValue>(string name, string graphQLType, Func<TValue, Expression<Func<T, bool>>> predicate, string? description = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(graphQLType);
        ArgumentNullException.ThrowIfNull(predicate);
        return Add(new CustomFilterField<T, TValue>(name, description, graphQLType, predicate));
    }

    /// <summary>The predicate of a <c>where</c> argument as the engine coerced it, or null when there is nothing to filter.</summary>
    /// <exception cref="MentorGraph.GraphQL.GraphQLError">The filter is too deep or too large, or uses null where a value is needed (<c>BAD_USER_INPUT</c>).</exception>
    public Expression<Func<T, bool>>? ToPredicate(object? where)
    {
        if (where is not IReadOnlyDictionary<string, object?> fields)
        {
            return null;
        }

        var entity = Expression.Parameter(typeof(T), "entity");
        var body = Build(entity, fields, new FilterScope(0));
        return body is ConstantExpression { Value: true } ? null : Expression.Lambda<Func<T, bool>>(body, entity);
    }

    /// <summary>Filters <paramref name="query"/> by the <c>where</c> argument.</summary>
    public IQueryable<T> Apply(IQueryable<T> query, object? where)
    {
        ArgumentNullException.ThrowIfNull(query);
        return ToPredicate(where) is { } predicate ? query.Where(predicate) : query;
    }

    void IFilterDefinition.AddTypes(SchemaBuilder builder) => AddTypes(builder);

    Expression IFilterDefinition.Build(Expression entity, IReadOnlyDictionary<string, object?> where, FilterScope scope) =>
        Build(entity, where, scope);

    internal void AddTypes(SchemaBuilder builder)
    {
        // Marked before the fields' types are added, so that filters referring to each other terminate.
        var first = false;
        ConventionTypes.Once(builder, InputTypeName, _ => first = true);
        if (!first)
        {
            return;
        }

        builder.InputType(InputTypeName, input =>
        {
            input.Description($"Conditions on a {TypeName}; all that are given must hold.")
                .Field("and", $"[{InputTypeName}!]", f => f.Description("Every one of these conditions holds."))
                .Field("or", $"[{InputTypeName}!]", f => f.Description("At least one of these conditions holds."))
                .Field("not", InputTypeName, f => f.Description("This condition does not hold."));
            foreach (var field in _fields)
            {
                input.Field(field.Name, field.InputTypeName, f =>
                {
                    if (field.Description is not null)
                    {
                        f.Description(field.Description);
                    }
                });
            }
        });
        foreach (var field in _fields)
        {
            field.AddTypes(builder);
        }
    }

    private Expression Build(Expression entity, IReadOnlyDictionary<string, object?> where, FilterScope scope)
    {
        var conditions = new List<Expression>();
        foreach (var (name, value) in where)
        {
            if (value is null)
            {
                continue;
            }

            switch (name)
            {
                case "and":
                    conditions.Add(Predicates.AndAll(Each(entity, value, scope)));
                    break;
                case "or":
                    conditions.Add(Predicates.OrAll(Each(entity, value, scope)));
                    break;
                case "not":
                    conditions.Add(Expression.Not(Build(entity, (IReadOnlyDictionary<string, object?>)value, scope.Nested())));
                    break;
                default:
                    conditions.Add(_fields.First(field => field.Name == name).Build(entity, value, scope));
                    break;
            }
        }

        return Predicates.AndAll(conditions);
    }

    private List<Expression> Each(Expression entity, object list, FilterScope scope)
    {
        var nested = scope.Nested();
        return [.. ((IEnumerable<object?>)list).Select(item => Build(entity, (IReadOnlyDictionary<string, object?>)item!, nested))];
    }

    private FilterDefinition<T> Add(FilterField field)
    {
        ArgumentException.ThrowIfNullOrEmpty(field.Name);
        if (field.Name is "and" or "or" or "not" || _fields.Any(existing => existing.Name == field.Name))
        {
            throw new ArgumentException($"{InputTypeName} cannot have another field named {field.Name}.", nameof(field));
        }

        _fields.Add(field);
        return this;
    }
}
