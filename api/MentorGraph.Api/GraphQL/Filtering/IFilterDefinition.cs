using System.Linq.Expressions;
using MentorGraph.GraphQL.Types.Builders;

namespace MentorGraph.Api.GraphQL.Filtering;

/// <summary>A filter definition whatever its entity type, so that filters can nest (an organisation's filter inside a mentor's).</summary>
internal interface IFilterDefinition
{
    string InputTypeName { get; }

    /// <summary>The name the list filter of this entity gets: <c>{TypeName}ListFilterInput</c>.</summary>
    string TypeName { get; }

    void AddTypes(SchemaBuilder builder);

    /// <summary>The predicate of a <c>where</c> object over <paramref name="entity"/>.</summary>
    Expression Build(Expression entity, IReadOnlyDictionary<string, object?> where, FilterScope scope);
}
