using MentorGraph.GraphQL.Introspection;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types.Scalars;

namespace MentorGraph.GraphQL.Types;

/// <summary>
/// A GraphQL schema (spec 3.3 Schema): root operation types, every named type reachable from
/// them or listed explicitly, and the directives it declares. Lookups used by validation and
/// execution (type by name, possible types of an abstract type) are precomputed.
/// The type map includes the introspection types. Type-system validation (spec 3, "Type
/// Validation") is done by the schema builders, which refuse to produce an invalid schema; a
/// schema constructed directly can be checked with <see cref="ValidationErrors"/>.
/// </summary>
public sealed class Schema
{
    private readonly Dictionary<string, NamedType> _types;
    private readonly Dictionary<string, DirectiveDefinition> _directives;
    private readonly Dictionary<string, IReadOnlyList<ObjectType>> _possibleTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<InterfaceType>> _interfaceImplementations = new(StringComparer.Ordinal);
    private readonly Lazy<IReadOnlyList<GraphQLError>> _validationErrors;

    public Schema(SchemaConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        _validationErrors = new Lazy<IReadOnlyList<GraphQLError>>(() => SchemaValidator.Validate(this));
        QueryType = config.Query;
        MutationType = config.Mutation;
        SubscriptionType = config.Subscription;
        Description = config.Description;
        Directives = config.Directives;
        AstNodes = config.AstNodes;
        DirectiveDefinitions = config.DirectiveDefinitions ?? SpecifiedDirectives.All;

        _directives = new Dictionary<string, DirectiveDefinition>(StringComparer.Ordinal);
        foreach (var directive in DirectiveDefinitions)
        {
            _directives.TryAdd(directive.Name, directive);
        }

        // The order follows graphql-js: explicitly listed types first (SDL document order for a
        // schema built from SDL), then what the root types and directives reach, then the
        // introspection types, which every schema has (spec 4.2).
        _types = new Dictionary<string, NamedType>(StringComparer.Ordinal);
        var collector = new TypeCollector(_types);
        foreach (var type in config.Types)
        {
            collector.Register(type);
        }

        foreach (var type in config.Types)
        {
            collector.Walk(type);
        }

        if (QueryType is not null)
        {
            collector.Add(QueryType);
        }

        if (MutationType is not null)
        {
            collector.Add(MutationType);
        }

        if (SubscriptionType is not null)
        {
            collector.Add(SubscriptionType);
        }

        foreach (var directive in DirectiveDefinitions)
        {
            foreach (var argument in directive.Arguments)
            {
                collector.Add(argument.Type.GetNamedType());
            }
        }

        collector.Add(IntrospectionTypes.Schema);

        DuplicateTypeNames = collector.Duplicates;
        IndexAbstractTypes();
    }

    public ObjectType? QueryType { get; }

    /// <summary>
    /// The type-system errors of this schema (spec 3 "Type Validation"), computed once on first
    /// use; empty for a valid schema. The executor should refuse a schema that has any.
    /// </summary>
    public IReadOnlyList<GraphQLError> ValidationErrors => _validationErrors.Value;

    public ObjectType? MutationType { get; }

    public ObjectType? SubscriptionType { get; }

    public string? Description { get; }

    /// <summary>Directives applied to the schema itself (spec 3.3 "schema @directive").</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; }

    public IReadOnlyList<SyntaxNode> AstNodes { get; }

    public IReadOnlyList<DirectiveDefinition> DirectiveDefinitions { get; }

    /// <summary>Every named type, in the order they were first reached.</summary>
    public IReadOnlyDictionary<string, NamedType> Types => _types;

    /// <summary>Names used by two different type objects; schema validation reports them.</summary>
    public IReadOnlyList<string> DuplicateTypeNames { get; }

    /// <summary>Free-form metadata for layers above the engine (federation, cost settings).</summary>
    public IDictionary<string, object?> Metadata { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    public NamedType? GetType(string name) => _types.TryGetValue(name, out var type) ? type : null;

    public DirectiveDefinition? GetDirective(string name) => _directives.TryGetValue(name, out var directive) ? directive : null;

    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        OperationType.Subscription => SubscriptionType,
        _ => null,
    };

    /// <summary>The object types a value of an abstract type may have (spec 3.7, 3.8); an object type's only possible type is itself.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType type) => type switch
    {
        ObjectType objectType => [objectType],
        UnionType union => union.Types,
        InterfaceType => _possibleTypes.TryGetValue(type.Name, out var types) ? types : [],
        _ => [],
    };

    /// <summary>The interfaces that declare they implement the given interface.</summary>
    public IReadOnlyList<InterfaceType> GetInterfaceImplementations(InterfaceType type) =>
        _interfaceImplementations.TryGetValue(type.Name, out var types) ? types : [];

    /// <summary>Whether <paramref name="maybeSubType"/> is a possible type or an implementing interface of <paramref name="abstractType"/>.</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType) => abstractType switch
    {
        UnionType union => union.Types.Any(type => type.Name == maybeSubType.Name),
        InterfaceType iface => maybeSubType switch
        {
            ObjectType objectType => objectType.Implements(iface),
            InterfaceType other => other.Implements(iface),
            _ => false,
        },
        _ => false,
    };

    /// <summary>
    /// Whether a value of <paramref name="maybeSubType"/> is always a valid value of
    /// <paramref name="superType"/> (graphql-js isTypeSubTypeOf): the same type, a non-null
    /// version of it, a list of subtypes, or a possible type of an abstract type. Used for
    /// interface field covariance (spec 3.6 "IsValidImplementationFieldType") and variable positions.
    /// </summary>
    public bool IsTypeSubTypeOf(GraphQLType maybeSubType, GraphQLType superType)
    {
        if (ReferenceEquals(maybeSubType, superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is NonNullType nonNull)
        {
            return IsTypeSubTypeOf(nonNull.OfType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsTypeSubTypeOf(subList.OfType, superList.OfType);
        }

        if (maybeSubType is ListType)
        {
            return false;
        }

        var subNamed = (NamedType)maybeSubType;
        var superNamed = (NamedType)superType;
        return subNamed.Name == superNamed.Name
            || (superNamed is InterfaceType or UnionType && subNamed is ObjectType or InterfaceType && IsSubType(superNamed, subNamed));
    }

    private void IndexAbstractTypes()
    {
        var possible = new Dictionary<string, List<ObjectType>>(StringComparer.Ordinal);
        var implementations = new Dictionary<string, List<InterfaceType>>(StringComparer.Ordinal);
        foreach (var type in _types.Values)
        {
            if (type is ObjectType objectType)
            {
                foreach (var iface in objectType.Interfaces)
                {
                    (possible.TryGetValue(iface.Name, out var list) ? list : possible[iface.Name] = []).Add(objectType);
                }
            }
            else if (type is InterfaceType interfaceType)
            {
                foreach (var iface in interfaceType.Interfaces)
                {
                    (implementations.TryGetValue(iface.Name, out var list) ? list : implementations[iface.Name] = []).Add(interfaceType);
                }
            }
        }

        foreach (var (name, list) in possible)
        {
            _possibleTypes[name] = list;
        }

        foreach (var (name, list) in implementations)
        {
            _interfaceImplementations[name] = list;
        }
    }

    /// <summary>Walks fields, arguments, interfaces and union members to find every reachable named type.</summary>
    private sealed class TypeCollector(Dictionary<string, NamedType> types)
    {
        public List<string> Duplicates { get; } = [];

        public void Add(NamedType type)
        {
            if (Register(type))
            {
                Walk(type);
            }
        }

        /// <summary>Adds the type to the map without what it refers to; false when its name is taken.</summary>
        public bool Register(NamedType type)
        {
            if (types.TryGetValue(type.Name, out var existing))
            {
                if (!ReferenceEquals(existing, type) && !(existing is ScalarType && SpecifiedScalars.Find(type.Name) is not null) && !Duplicates.Contains(type.Name))
                {
                    Duplicates.Add(type.Name);
                }

                return false;
            }

            types[type.Name] = type;
            return true;
        }

        /// <summary>Adds every type this one refers to.</summary>
        public void Walk(NamedType type)
        {
            switch (type)
            {
                case ComplexType complex:
                    foreach (var iface in complex.Interfaces)
                    {
                        Add(iface);
                    }

                    foreach (var field in complex.Fields)
                    {
                        Add(field.Type.GetNamedType());
                        foreach (var argument in field.Arguments)
                        {
                            Add(argument.Type.GetNamedType());
                        }
                    }

                    break;
                case UnionType union:
                    foreach (var member in union.Types)
                    {
                        Add(member);
                    }

                    break;
                case InputObjectType input:
                    foreach (var field in input.Fields)
                    {
                        Add(field.Type.GetNamedType());
                    }

                    break;
            }
        }
    }
}
