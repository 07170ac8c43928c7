using MentorGraph.GraphQL.Types.Builders;

namespace MentorGraph.Api.GraphQL.Filtering;

/// <summary>Adds filter input types and the <c>where</c> argument.</summary>
public static class FilterSchemaBuilderExtensions
{
    /// <summary>Adds <c>{TypeName}FilterInput</c> and every input type its fields use, once each.</summary>
    public static SchemaBuilder AddFilterType<T>(this SchemaBuilder builder, FilterDefinition<T> filter)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(filter);
        filter.AddTypes(builder);
        return builder;
    }

    /// <summary>Adds the argument <c>where: {TypeName}FilterInput</c> (the types come from <see cref="AddFilterType"/>).</summary>
    public static FieldBuilder WhereArgument<T>(this FieldBuilder field, FilterDefinition<T> filter)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(filter);
        return field.Argument("where", filter.InputTypeName, a => a.Description("Only the elements that meet these conditions."));
    }
}
