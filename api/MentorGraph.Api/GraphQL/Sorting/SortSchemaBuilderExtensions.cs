using MentorGraph.GraphQL.Types.Builders;

namespace MentorGraph.Api.GraphQL.Sorting;

/// <summary>Adds order input types and the <c>order</c> argument.</summary>
public static class SortSchemaBuilderExtensions
{
    /// <summary>Adds <c>enum SortDirection { ASC DESC }</c> and <c>{TypeName}Order</c>, once each.</summary>
    public static SchemaBuilder AddSortType<T>(this SchemaBuilder builder, SortDefinition<T> sort)
    {
        ArgumentNullException.ThrowIfNull(sort);
        sort.AddTypes(builder);
        return builder;
    }

    /// <summary>Adds the argument <c>order: [{TypeName}Order!]</c> (the types come from <see cref="AddSortType"/>).</summary>
    public static FieldBuilder OrderArgument<T>(this FieldBuilder field, SortDefinition<T> sort)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(sort);
        return field.Argument("order", $"[{sort.InputTypeName}!]", a => a.Description("The order of the list: the first key decides, the next breaks ties, and so on."));
    }

    internal static SchemaBuilder AddSortDirection(SchemaBuilder builder) =>
        ConventionTypes.Once(builder, "SortDirection", b => b.EnumType("SortDirection", e => e
            .Description("The direction of one key of an order.")
            .Value("ASC", SortDirection.Ascending, v => v.Description("Smallest first; for a field that can be null, nulls first."))
            .Value("DESC", SortDirection.Descending, v => v.Description("Largest first; for a field that can be null, nulls last."))));
}
