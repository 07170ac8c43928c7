using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Types.Builders;

namespace MentorGraph.Api.GraphQL.Relay;

/// <summary>Adds connection types (Relay Cursor Connections spec) and connection fields.</summary>
public static class ConnectionSchemaBuilderExtensions
{
    /// <summary>
    /// Adds <c>{nodeType}Connection { edges nodes pageInfo totalCount }</c>, <c>{nodeType}Edge { cursor node }</c>
    /// and <c>PageInfo</c>, each once however often it is asked for.
    /// </summary>
    public static SchemaBuilder AddConnectionType<T>(this SchemaBuilder builder, string nodeTypeName)
    {
        ArgumentException.ThrowIfNullOrEmpty(nodeTypeName);
        ConventionTypes.Once(builder, "PageInfo", b => b.ObjectType<PageInfo>("PageInfo", t => t
            .Description("Where a page sits in its list.")
            .Field("hasNextPage", "Boolean!", p => p.HasNextPage, f => f.Description("Whether more elements follow this page."))
            .Field("hasPreviousPage", "Boolean!", p => p.HasPreviousPage, f => f.Description("Whether elements precede this page."))
            .Field("startCursor", "String", p => p.StartCursor, f => f.Description("The cursor of the page's first element."))
            .Field("endCursor", "String", p => p.EndCursor, f => f.Description("The cursor of the page's last element: pass it as after to get the next page."))));
        var connection = nodeTypeName + "Connection";
        var edge = nodeTypeName + "Edge";
        ConventionTypes.Once(builder, connection, b => b
            .ObjectType<Connection<T>>(connection, t => t
                .Description($"A page of a list of {nodeTypeName} values.")
                .Field("edges", $"[{edge}!]!", c => c.Edges, f => f.Description("The page's elements with their cursors."))
                .Field("nodes", $"[{nodeTypeName}!]!", c => c.Nodes, f => f.Description("The page's elements."))
                .Field("pageInfo", "PageInfo!", c => c.PageInfo)
                .Field("totalCount", "Int!", c => c.TotalCount ?? throw new InvalidOperationException("totalCount was not counted."), f => f
                    .Description("How many elements the whole list has, with its filter; counted only when selected.")))
            .ObjectType<Edge<T>>(edge, t => t
                .Description($"A {nodeTypeName} in a list, with its cursor.")
                .Field("cursor", "String!", e => e.Cursor, f => f.Description("Opaque; pass it as after or before to page from this element."))
                .Field("node", $"{nodeTypeName}!", e => e.Node)));
        return builder;
    }

    /// <summary>Adds the connection, edge, filter, order and operator types a connection definition needs.</summary>
    public static SchemaBuilder AddConnectionTypes<T>(this SchemaBuilder builder, ConnectionDefinition<T> connection)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(connection);
        connection.AddTypes(builder);
        return builder;
    }

    /// <summary>
    /// A connection field over the query <paramref name="source"/> returns (its types come from
    /// <see cref="AddConnectionTypes"/>). The query must not be materialised: where, order and paging
    /// are added to it and it runs once, as SQL.
    /// </summary>
    public static TBuilder Connection<TBuilder, T>(
        this ComplexTypeBuilder<TBuilder> type,
        string name,
        ConnectionDefinition<T> connection,
        Func<IResolveFieldContext, IQueryable<T>> source,
        Action<FieldBuilder>? configure = null)
        where TBuilder : ComplexTypeBuilder<TBuilder>
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(source);
        return type.Connection(name, connection, async context => await connection.ResolveAsync(context, source(context)).ConfigureAwait(false), configure);
    }

    /// <summary>
    /// A connection field with a resolver of its own, for a source that needs awaiting or disposing:
    /// it calls <see cref="ConnectionDefinition{T}.ResolveAsync"/> and returns the connection.
    /// </summary>
    public static TBuilder Connection<TBuilder, T>(
        this ComplexTypeBuilder<TBuilder> type,
        string name,
        ConnectionDefinition<T> connection,
        FieldResolver resolve,
        Action<FieldBuilder>? configure = null)
        where TBuilder : ComplexTypeBuilder<TBuilder>
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(connection);
        return type.Field(name, connection.ConnectionTypeName + "!", resolve, field =>
        {
            connection.AddArguments(field);
            configure?.Invoke(field);
        });
    }
}
