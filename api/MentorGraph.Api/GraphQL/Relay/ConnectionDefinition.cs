using System.Linq.Expressions;
using MentorGraph.Api.GraphQL.Filtering;
using MentorGraph.Api.GraphQL.Sorting;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Types.Builders;

namespace MentorGraph.Api.GraphQL.Relay;

/// <summary>
/// A list of <typeparamref name="T"/> served as a Relay cursor connection, with its filter and
/// order if it has them. One definition serves every field that lists the type:
/// <code>
/// public static readonly ConnectionDefinition&lt;Mentor&gt; Mentors = new ConnectionDefinition&lt;Mentor&gt;("Mentor", m =&gt; m.Id)
///     .WithFilter(MentorFilter)
///     .WithSort(MentorOrder);
///
/// builder.AddConnectionTypes(Mentors)
///     .Query(q =&gt; q.Connection("mentors", Mentors, context =&gt; Db(context).Mentors.Where(m =&gt; m.IsInPublicDirectory)));
/// </code>
/// The field gets <c>first</c>, <c>after</c>, <c>last</c>, <c>before</c>, <c>where</c> and <c>order</c>
/// and returns <c>MentorConnection!</c>; where, order and the page all become one SQL query.
/// </summary>
public sealed class ConnectionDefinition<T>
{
    private readonly SortKey _uniqueKey;

    /// <param name="nodeTypeName">The element type's GraphQL name; the types are <c>{name}Connection</c> and <c>{name}Edge</c>.</param>
    /// <param name="key">The element's unique key, the last key of every order so that cursors point at exactly one element.</param>
    public ConnectionDefinition(string nodeTypeName, Expression<Func<T, object?>> key, PagingOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(nodeTypeName);
        NodeTypeName = nodeTypeName;
        _uniqueKey = new SortKey("$key", Filtering.MemberSelector.From(key), SortDirection.Ascending);
        Options = options ?? PagingOptions.Default;
    }

    public string NodeTypeName { get; }

    public string ConnectionTypeName => NodeTypeName + "Connection";

    public string EdgeTypeName => NodeTypeName + "Edge";

    public PagingOptions Options { get; }

    public FilterDefinition<T>? Filter { get; private set; }

    public SortDefinition<T>? Sort { get; private set; }

    /// <summary>Adds the <c>where</c> argument.</summary>
    public ConnectionDefinition<T> WithFilter(FilterDefinition<T> filter)
    {
        Filter = filter ?? throw new ArgumentNullException(nameof(filter));
        return this;
    }

    /// <summary>Adds the <c>order</c> argument; without an order the list is ordered by its key.</summary>
    public ConnectionDefinition<T> WithSort(SortDefinition<T> sort)
    {
        Sort = sort ?? throw new ArgumentNullException(nameof(sort));
        return this;
    }

    /// <summary>
    /// The page of <paramref name="source"/> that the field's arguments ask for: filtered by <c>where</c>,
    /// ordered by <c>order</c>, cut at the cursors, counted if <c>totalCount</c> is selected. Every query
    /// has run when the task completes, so the caller may dispose its DbContext then.
    /// </summary>
    /// <exception cref="MentorGraph.GraphQL.GraphQLError">A paging argument, cursor or filter is unusable (<c>BAD_USER_INPUT</c>).</exception>
    public Task<Connection<T>> ResolveAsync(IResolveFieldContext context, IQueryable<T> source)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(source);
        var arguments = ConnectionArguments.From(context, Options);
        var query = Filter?.Apply(source, context.Arguments.GetValueOrDefault("where")) ?? source;
        List<SortKey> keys = [.. Sort?.Parse(context.Arguments.GetValueOrDefault("order")) ?? [], _uniqueKey];
        return KeysetPager.PageAsync(query, keys, new KeysetCursor(NodeTypeName, keys), arguments, ConnectionSelection.Of(context), Options, context.CancellationToken);
    }

    /// <summary>Adds the paging, <c>where</c> and <c>order</c> arguments to a field.</summary>
    public FieldBuilder AddArguments(FieldBuilder field)
    {
        ArgumentNullException.ThrowIfNull(field);
        field
            .Argument("first", "Int", a => a.Description($"Returns the first n elements (at most {Options.MaxPageSize}; {Options.DefaultPageSize} when neither first nor last is given)."))
            .Argument("after", "String", a => a.Description("Returns the elements after this cursor."))
            .Argument("last", "Int", a => a.Description($"Returns the last n elements (at most {Options.MaxPageSize})."))
            .Argument("before", "String", a => a.Description("Returns the elements before this cursor."));
        if (Filter is not null)
        {
            field.WhereArgument(Filter);
        }

        if (Sort is not null)
        {
            field.OrderArgument(Sort);
        }

        return field;
    }

    internal void AddTypes(SchemaBuilder builder)
    {
        builder.AddConnectionType<T>(NodeTypeName);
        if (Filter is not null)
        {
            builder.AddFilterType(Filter);
        }

        if (Sort is not null)
        {
            builder.AddSortType(Sort);
        }
    }
}
