using System.Runtime.CompilerServices;
using MentorGraph.GraphQL.Types.Builders;

namespace MentorGraph.Api.GraphQL;

/// <summary>
/// Remembers which convention types (PageInfo, StringOperationFilterInput, MentorConnection...)
/// have been added to which schema builder, so that every list, filter and mutation can ask for
/// the types it needs and each is described once: the builder treats a second description of a
/// type as an extension of it, which would repeat its fields.
/// </summary>
internal static class ConventionTypes
{
    private static readonly ConditionalWeakTable<SchemaBuilder, HashSet<string>> _added = [];

    /// <summary>Runs <paramref name="add"/> the first time <paramref name="typeName"/> is asked for on this builder.</summary>
    public static SchemaBuilder Once(SchemaBuilder builder, string typeName, Action<SchemaBuilder> add)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var added = _added.GetOrCreateValue(builder);
        bool first;
        lock (added)
        {
            first = added.Add(typeName);
        }

        if (first)
        {
            add(builder);
        }

        return builder;
    }
}
