using System.Linq.Expressions;
using MentorGraph.GraphQL.Types.Builders;

namespace MentorGraph.Api.GraphQL.Filtering;

/// <summary>One field of a <c>where</c> input type: its GraphQL type and how a value of it becomes a predicate.</summary>
internal abstract class FilterField(string name, string? description)
{
    public string Name { get; } = name;

    public string? Description { get; } = description;

    /// <summary>The field's input type, by name.</summary>
    public abstract string InputTypeName { get; }

    /// <summary>Adds the types this field's input type needs (its operator input, nested filters).</summary>
    public abstract void AddTypes(SchemaBuilder builder);

    /// <summary>The predicate for a non-null value of the field over <paramref name="entity"/>.</summary>
    public abstract Expression Build(Expression entity, object value, FilterScope scope);
}
