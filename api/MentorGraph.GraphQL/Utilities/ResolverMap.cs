using System.Collections;

namespace MentorGraph.GraphQL.Utilities;

/// <summary>
/// The code a schema-first schema runs, by type name: field resolvers, subscription sources,
/// type resolvers for interfaces and unions, and runtime types for objects. Entries are
/// created on first use, so both of these read naturally:
/// <code>
/// resolvers["Query"]["mentors"] = ctx => ...;
/// var resolvers = new ResolverMap { ["Query"] = { ["mentors"] = ..., }, ["Node"] = { ResolveType = ... } };
/// </code>
/// A field without a resolver uses the executor's default resolver.
/// </summary>
public sealed class ResolverMap : IEnumerable<TypeResolverMap>
{
    private readonly Dictionary<string, TypeResolverMap> _types = new(StringComparer.Ordinal);

    public TypeResolverMap this[string typeName]
    {
        get
        {
            if (!_types.TryGetValue(typeName, out var map))
            {
                map = new TypeResolverMap(typeName);
                _types[typeName] = map;
            }

            return map;
        }
    }

    /// <summary>The entries of a type, or null when nothing was given for it.</summary>
    public TypeResolverMap? Find(string typeName) => _types.GetValueOrDefault(typeName);

    public IEnumerator<TypeResolverMap> GetEnumerator() => _types.Values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
