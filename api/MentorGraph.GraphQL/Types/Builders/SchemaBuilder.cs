using System.Collections;
using System.Globalization;
using System.Reflection;
using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types.Scalars;
using MentorGraph.GraphQL.Utilities;

namespace MentorGraph.GraphQL.Types.Builders;

/// <summary>
/// Builds a validated <see cref="Schema"/>, either code-first with a fluent description of each
/// type, or schema-first from SDL with <see cref="FromSdl"/>. Code-first example:
/// <code>
/// var schema = new SchemaBuilder()
///     .Query(q => q.Field("organizations", "[Organization!]!", ctx => db.Organizations))
///     .ObjectType&lt;Organization&gt;("Organization", t => t
///         .Implements("Node")
///         .Field("id", "ID!", org => org.Id)
///         .Field("name", "String!", org => org.Name))
///     .InterfaceType("Node", t => t.Field("id", "ID!"))
///     .Build();
/// </code>
/// Type references are SDL strings resolved when the schema is built, so a type may be used
/// before it is described. Describing a type a second time adds to it, as <c>extend type</c>
/// would, so each feature of a large schema can add its own root fields. A referenced name that
/// is not described but is one of <see cref="ExtendedScalars"/> (DateTime, Date, URL,
/// EmailAddress, LanguageCode) brings that scalar in.
/// </summary>
public sealed class SchemaBuilder
{
    private readonly Dictionary<string, NamedTypeBuilder> _builders = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private readonly Dictionary<string, NamedType> _prebuilt = new(StringComparer.Ordinal);
    private readonly List<DirectiveBuilder> _directives = [];
    private readonly List<DirectiveApplication> _schemaDirectives = [];
    private readonly List<string> _conflicts = [];
    private string _queryTypeName = "Query";
    private string _mutationTypeName = "Mutation";
    private string _subscriptionTypeName = "Subscription";
    private string? _description;

    /// <summary>
    /// Builds a schema from SDL (graphql-js buildSchema) with extensions applied; resolvers,
    /// subscription sources and type resolvers come from <paramref name="resolvers"/>, and
    /// <paramref name="scalars"/> implements scalars by name. A scalar declared in SDL without an
    /// implementation passes values through unchanged.
    /// </summary>
    /// <exception cref="SchemaValidationException">The SDL does not describe a valid schema; every problem is listed.</exception>
    public static Schema FromSdl(string sdl, ResolverMap? resolvers = null, IEnumerable<ScalarType>? scalars = null)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        return FromDocument(Parser.Parse(sdl), resolvers, scalars);
    }

    /// <summary>Builds a schema from a parsed type-system document; see <see cref="FromSdl"/>.</summary>
    public static Schema FromDocument(DocumentNode document, ResolverMap? resolvers = null, IEnumerable<ScalarType>? scalars = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new SdlSchemaBuilder(document, resolvers, scalars).Build();
    }

    public SchemaBuilder Description(string description)
    {
        _description = description;
        return this;
    }

    /// <summary>Adds fields to the query root type (named <c>Query</c> unless <see cref="RootTypeNames"/> says otherwise).</summary>
    public SchemaBuilder Query(Action<ObjectTypeBuilder> configure) => ObjectType(_queryTypeName, configure);

    public SchemaBuilder Mutation(Action<ObjectTypeBuilder> configure) => ObjectType(_mutationTypeName, configure);

    public SchemaBuilder Subscription(Action<ObjectTypeBuilder> configure) => ObjectType(_subscriptionTypeName, configure);

    /// <summary>Names the root operation types (spec 3.3.1); call before <see cref="Query"/> and friends.</summary>
    public SchemaBuilder RootTypeNames(string query = "Query", string mutation = "Mutation", string subscription = "Subscription")
    {
        _queryTypeName = query;
        _mutationTypeName = mutation;
        _subscriptionTypeName = subscription;
        return this;
    }

    public SchemaBuilder ObjectType(string name, Action<ObjectTypeBuilder> configure) =>
        Configure(name, () => new ObjectTypeBuilder(name), configure);

    /// <summary>An object type whose values are <typeparamref name="TSource"/> instances (its runtime type).</summary>
    public SchemaBuilder ObjectType<TSource>(string name, Action<ObjectTypeBuilder<TSource>> configure) =>
        Configure(name, () => new ObjectTypeBuilder<TSource>(name), configure);

    public SchemaBuilder InterfaceType(string name, Action<InterfaceTypeBuilder> configure) =>
        Configure(name, () => new InterfaceTypeBuilder(name), configure);

    public SchemaBuilder UnionType(string name, Action<UnionTypeBuilder> configure) =>
        Configure(name, () => new UnionTypeBuilder(name), configure);

    /// <summary>A union of the named object types.</summary>
    public SchemaBuilder UnionType(string name, params string[] members) =>
        UnionType(name, union => union.Members(members));

    public SchemaBuilder EnumType(string name, Action<EnumTypeBuilder> configure) =>
        Configure(name, () => new EnumTypeBuilder(name), configure);

    /// <summary>An enum whose values are the members of <typeparamref name="TEnum"/> in SCREAMING_CASE, named after the CLR type unless <paramref name="name"/> is given.</summary>
    public SchemaBuilder EnumType<TEnum>(string? name = null, Action<EnumTypeBuilder>? configure = null)
        where TEnum : struct, Enum
    {
        name ??= typeof(TEnum).Name;
        return Configure(name, () => EnumTypeBuilder.FromClrEnum(typeof(TEnum), name), configure ?? (_ => { }));
    }

    public SchemaBuilder InputType(string name, Action<InputObjectTypeBuilder> configure) =>
        Configure(name, () => new InputObjectTypeBuilder(name), configure);

    /// <summary>Adds a type built elsewhere, such as a custom scalar.</summary>
    public SchemaBuilder Type(NamedType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (_builders.ContainsKey(type.Name) || (_prebuilt.TryGetValue(type.Name, out var existing) && !ReferenceEquals(existing, type)))
        {
            _conflicts.Add(type.Name);
        }
        else if (_prebuilt.TryAdd(type.Name, type))
        {
            _order.Add(type.Name);
        }

        return this;
    }

    public SchemaBuilder Scalar(ScalarType scalar) => Type(scalar);

    /// <summary>Declares a custom directive.</summary>
    public SchemaBuilder Directive(string name, Action<DirectiveBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var directive = new DirectiveBuilder(name);
        configure(directive);
        _directives.Add(directive);
        return this;
    }

    /// <summary>Applies a directive to the schema itself (<c>schema @link(...)</c>).</summary>
    public SchemaBuilder SchemaDirective(string name, object? arguments = null)
    {
        _schemaDirectives.Add(DirectiveApplication.From(name, arguments));
        return this;
    }

    /// <summary>Builds and validates the schema.</summary>
    /// <exception cref="SchemaValidationException">The description is not a valid schema; every problem is listed.</exception>
    public Schema Build() => new CodeFirstSchemaAssembler(this).Assemble();

    private SchemaBuilder Configure<TBuilder>(string name, Func<TBuilder> create, Action<TBuilder> configure)
        where TBuilder : NamedTypeBuilder
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(configure);
        if (!_builders.TryGetValue(name, out var existing))
        {
            existing = create();
            if (_prebuilt.ContainsKey(name))
            {
                _conflicts.Add(name);
            }
            else
            {
                _order.Add(name);
            }

            _builders[name] = existing;
        }

        if (existing is TBuilder builder)
        {
            configure(builder);
        }
        else
        {
            _conflicts.Add(name);
        }

        return this;
    }

    /// <summary>Turns the builders into types in two passes: create every named type, then resolve references and default values.</summary>
    private sealed class CodeFirstSchemaAssembler(SchemaBuilder builder)
    {
        private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
        private readonly Dictionary<object, GraphQLType> _resolved = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<ArgumentBuilder, ValueNode> _defaults = new(ReferenceEqualityComparer.Instance);
        private readonly List<GraphQLError> _errors = [];

        public Schema Assemble()
        {
            foreach (var name in builder._conflicts.Distinct())
            {
                _errors.Add(new GraphQLError($"Type \"{name}\" is described more than once, as different kinds of type."));
            }

            foreach (var name in builder._order)
            {
                _types[name] = builder._prebuilt.TryGetValue(name, out var prebuilt) ? prebuilt : Create(builder._builders[name]);
            }

            ResolveReferences();
            var directives = builder._directives.Select(CreateDirective).ToList();
            ConvertDefaults();
            ThrowIfErrors();

            var schema = new Schema(new SchemaConfig
            {
                Query = Root(builder._queryTypeName, "Query", required: true),
                Mutation = Root(builder._mutationTypeName, "Mutation", required: false),
                Subscription = Root(builder._subscriptionTypeName, "Subscription", required: false),
                Types = [.. _types.Values],
                DirectiveDefinitions = [.. SpecifiedDirectives.All, .. directives],
                Description = builder._description,
                Directives = [.. builder._schemaDirectives.Select(ToNode)],
            });
            ThrowIfErrors();
            _errors.AddRange(SchemaValidator.Validate(schema));
            ThrowIfErrors();
            return schema;
        }

        private ObjectType? Root(string name, string operation, bool required)
        {
            if (!_types.TryGetValue(name, out var type))
            {
                return null;
            }

            if (type is ObjectType objectType)
            {
                return objectType;
            }

            _errors.Add(new GraphQLError(required
                ? $"{operation} root type must be Object type, it cannot be {name}."
                : $"{operation} root type must be Object type if provided, it cannot be {name}."));
            return null;
        }

        private NamedType Create(NamedTypeBuilder typeBuilder)
        {
            var directives = typeBuilder.Directives.Select(ToNode).ToList();
            NamedType type = typeBuilder switch
            {
                IObjectTypeBuilder => CreateObject(typeBuilder, directives),
                InterfaceTypeBuilder iface => new InterfaceType(iface.Name, () => Fields(iface.Name, ComplexParts(iface).Fields), () => Interfaces(ComplexParts(iface).Interfaces))
                {
                    Description = iface.DescriptionText,
                    Directives = directives,
                    ResolveType = iface.TypeResolver,
                },
                UnionTypeBuilder union => new UnionType(union.Name, () => union.MemberNames.Select(member => _types.GetValueOrDefault(member)).OfType<ObjectType>())
                {
                    Description = union.DescriptionText,
                    Directives = directives,
                    ResolveType = union.TypeResolver,
                },
                EnumTypeBuilder enumType => new EnumType(enumType.Name, [.. enumType.Values.Select(value => new EnumValueDefinition(value.Name, value.Value)
                {
                    Description = value.DescriptionText,
                    DeprecationReason = value.DeprecationReason,
                    Directives = [.. value.Directives.Select(ToNode)],
                })])
                {
                    Description = enumType.DescriptionText,
                    Directives = directives,
                },
                InputObjectTypeBuilder input => new InputObjectType(input.Name, () => InputValues(input.Fields))
                {
                    Description = input.DescriptionText,
                    Directives = directives,
                    IsOneOf = input.IsOneOf,
                },
                _ => throw new InvalidOperationException($"Unexpected builder {typeBuilder.GetType().Name}."),
            };
            foreach (var (key, value) in typeBuilder.MetadataEntries)
            {
                type.Metadata[key] = value;
            }

            return type;
        }

        private ObjectType CreateObject(NamedTypeBuilder typeBuilder, List<DirectiveNode> directives)
        {
            var (fields, interfaces) = ComplexParts(typeBuilder);
            var objectBuilder = (IObjectTypeBuilder)typeBuilder;
            return new ObjectType(typeBuilder.Name, () => Fields(typeBuilder.Name, fields), () => Interfaces(interfaces))
            {
                Description = typeBuilder.DescriptionText,
                Directives = directives,
                RuntimeType = objectBuilder.ClrType,
                IsTypeOf = objectBuilder.IsTypeOfCheck,
            };
        }

        private static (List<FieldBuilder> Fields, List<string> Interfaces) ComplexParts(NamedTypeBuilder typeBuilder)
        {
            var complex = (IComplexTypeBuilder)typeBuilder;
            return (complex.Fields, complex.InterfaceNames);
        }

        private IEnumerable<FieldDefinition> Fields(string typeName, List<FieldBuilder> fields)
        {
            foreach (var field in fields)
            {
                if (!_resolved.TryGetValue(field, out var type))
                {
                    continue;
                }

                var definition = new FieldDefinition(field.Name, type)
                {
                    Description = field.DescriptionText,
                    DeprecationReason = field.DeprecationReason,
                    Arguments = [.. InputValues(field.Arguments)],
                    Resolver = field.Resolver,
                    Subscriber = field.Subscriber,
                    Directives = [.. field.Directives.Select(ToNode)],
                };
                foreach (var (key, value) in field.MetadataEntries)
                {
                    definition.Metadata[key] = value;
                }

                yield return definition;
            }
        }

        private IEnumerable<InputValueDefinition> InputValues(List<ArgumentBuilder> arguments) =>
            arguments
                .Where(argument => _resolved.ContainsKey(argument))
                .Select(argument => new InputValueDefinition(argument.Name, _resolved[argument])
                {
                    Description = argument.DescriptionText,
                    DefaultValue = _defaults.GetValueOrDefault(argument),
                    DeprecationReason = argument.DeprecationReason,
                    Directives = [.. argument.Directives.Select(ToNode)],
                });

        private IEnumerable<InterfaceType> Interfaces(List<string> names) =>
            names.Select(name => _types.GetValueOrDefault(name)).OfType<InterfaceType>();

        private DirectiveDefinition CreateDirective(DirectiveBuilder directive)
        {
            foreach (var argument in directive.Arguments)
            {
                Resolve(argument, argument.TypeReference, $"@{directive.Name}({argument.Name}:)");
            }

            return new DirectiveDefinition(directive.Name, directive.LocationList)
            {
                Description = directive.DescriptionText,
                IsRepeatable = directive.IsRepeatable,
                Arguments = [.. InputValues(directive.Arguments)],
            };
        }

        private void ResolveReferences()
        {
            foreach (var typeBuilder in builder._builders.Values)
            {
                switch (typeBuilder)
                {
                    case InputObjectTypeBuilder input:
                        input.Fields.ForEach(field => Resolve(field, field.TypeReference, $"{input.Name}.{field.Name}"));
                        break;
                    case UnionTypeBuilder union:
                        foreach (var member in union.MemberNames)
                        {
                            var found = Lookup(member);
                            if (found is null)
                            {
                                _errors.Add(new GraphQLError($"Unknown type \"{member}\" referenced by union {union.Name}."));
                            }
                            else if (found is not MentorGraph.GraphQL.Types.ObjectType)
                            {
                                _errors.Add(new GraphQLError($"Union type {union.Name} can only include Object types, it cannot include {member}."));
                            }
                        }

                        break;
                    case EnumTypeBuilder:
                        break;
                    default:
                        var (fields, interfaces) = ComplexParts(typeBuilder);
                        foreach (var iface in interfaces)
                        {
                            var found = Lookup(iface);
                            if (found is null)
                            {
                                _errors.Add(new GraphQLError($"Unknown type \"{iface}\" referenced by {typeBuilder.Name} implements."));
                            }
                            else if (found is not MentorGraph.GraphQL.Types.InterfaceType)
                            {
                                _errors.Add(new GraphQLError($"Type {typeBuilder.Name} must only implement Interface types, it cannot implement {iface}."));
                            }
                        }

                        foreach (var field in fields)
                        {
                            Resolve(field, field.TypeReference, $"{typeBuilder.Name}.{field.Name}");
                            field.Arguments.ForEach(argument => Resolve(argument, argument.TypeReference, $"{typeBuilder.Name}.{field.Name}({argument.Name}:)"));
                        }

                        break;
                }
            }
        }

        private void ConvertDefaults()
        {
            var withDefaults = builder._builders.Values
                .SelectMany(typeBuilder => typeBuilder switch
                {
                    InputObjectTypeBuilder input => input.Fields.Select(field => (Coordinate: $"{input.Name}.{field.Name}", Argument: field)),
                    UnionTypeBuilder or EnumTypeBuilder => [],
                    _ => ComplexParts(typeBuilder).Fields.SelectMany(field => field.Arguments.Select(argument => (Coordinate: $"{typeBuilder.Name}.{field.Name}({argument.Name}:)", Argument: argument))),
                })
                .Concat(builder._directives.SelectMany(directive => directive.Arguments.Select(argument => (Coordinate: $"@{directive.Name}({argument.Name}:)", Argument: argument))));
            // Converting an input object default reads that input type's fields, which fixes
            // them, defaults included, at that moment: so leaf defaults go first, then input
            // object fields, then arguments.
            var ordered = withDefaults
                .Where(item => item.Argument.HasDefault && _resolved.ContainsKey(item.Argument))
                .OrderBy(item => _resolved[item.Argument].GetNamedType() is InputObjectType ? (item.Coordinate.Contains('(', StringComparison.Ordinal) ? 2 : 1) : 0)
                .ToList();
            foreach (var (coordinate, argument) in ordered)
            {
                if (!argument.HasDefault || !_resolved.TryGetValue(argument, out var type))
                {
                    continue;
                }

                try
                {
                    _defaults[argument] = ValueLiterals.FromValue(argument.DefaultValueObject, type);
                }
                catch (ValueCoercionException exception)
                {
                    _errors.Add(new GraphQLError($"Default value of {coordinate} is not a valid {type}: {exception.Message}"));
                }
            }
        }

        private void Resolve(object owner, string reference, string coordinate)
        {
            TypeNode node;
            try
            {
                node = Parser.ParseType(reference);
            }
            catch (Exception exception) when (exception is GraphQLSyntaxError or GraphQLError)
            {
                _errors.Add(new GraphQLError($"Invalid type reference \"{reference}\" of {coordinate}: {exception.Message}"));
                return;
            }

            var type = ToType(node);
            if (type is null)
            {
                _errors.Add(new GraphQLError($"Unknown type \"{Unwrap(node)}\" referenced by {coordinate}."));
                return;
            }

            _resolved[owner] = type;
        }

        private GraphQLType? ToType(TypeNode node) => node switch
        {
            NonNullTypeNode nonNull => ToType(nonNull.Type) is { } inner ? new NonNullType(inner) : null,
            ListTypeNode list => ToType(list.Type) is { } inner ? new ListType(inner) : null,
            NamedTypeNode named => Lookup(named.Name.Value),
            _ => null,
        };

        private NamedType? Lookup(string name)
        {
            if (_types.TryGetValue(name, out var type))
            {
                return type;
            }

            if ((SpecifiedScalars.Find(name) ?? ExtendedScalars.Find(name)) is { } scalar)
            {
                _types[name] = scalar;
                return scalar;
            }

            return null;
        }

        private static string Unwrap(TypeNode node) => node switch
        {
            NonNullTypeNode nonNull => Unwrap(nonNull.Type),
            ListTypeNode list => Unwrap(list.Type),
            NamedTypeNode named => named.Name.Value,
            _ => node.Kind.ToString(),
        };

        private void ThrowIfErrors()
        {
            if (_errors.Count > 0)
            {
                throw new SchemaValidationException(_errors);
            }
        }

        /// <summary>
        /// A directive applied in code becomes the syntax SDL would have: argument values are
        /// converted without their declared types, as they are printed, with CLR enum members as
        /// SCREAMING_CASE enum values.
        /// </summary>
        private static DirectiveNode ToNode(DirectiveApplication application) =>
            new(new NameNode(application.Name), [.. application.Arguments.Select(argument => new ArgumentNode(new NameNode(argument.Key), Untyped(argument.Value)))]);

        private static ValueNode Untyped(object? value) => value switch
        {
            null => new NullValueNode(),
            ValueNode node => node,
            string s => new StringValueNode(s, false),
            bool b => new BooleanValueNode(b),
            Enum e => new EnumValueNode(EnumTypeBuilder.ScreamingCase(e.ToString())),
            int or long or short or byte or uint or ulong or sbyte or ushort => new IntValueNode(Convert.ToString(value, CultureInfo.InvariantCulture)!),
            double or float or decimal => new FloatValueNode(Convert.ToString(value, CultureInfo.InvariantCulture)!),
            IEnumerable<KeyValuePair<string, object?>> map => new ObjectValueNode([.. map.Select(pair => new ObjectFieldNode(new NameNode(pair.Key), Untyped(pair.Value)))]),
            IEnumerable list => new ListValueNode([.. list.Cast<object?>().Select(Untyped)]),
            _ => new ObjectValueNode([.. value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Select(property => new ObjectFieldNode(new NameNode(property.Name), Untyped(property.GetValue(value))))]),
        };
    }
}
