using MentorGraph.GraphQL.Introspection;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;
using MentorGraph.GraphQL.Types.Scalars;

namespace MentorGraph.GraphQL.Utilities;

/// <summary>
/// Builds a schema from a type-system document with its extensions applied (graphql-js
/// buildASTSchema). The document is checked first for what would leave the schema
/// undefined — unknown or duplicate names, extensions of missing types or of another kind,
/// members and interfaces of the wrong kind — and then the schema is validated as any other.
/// </summary>
internal sealed class SdlSchemaBuilder
{
    private readonly DocumentNode _document;
    private readonly ResolverMap _resolvers;
    private readonly Dictionary<string, ScalarType> _scalars;
    private readonly List<GraphQLError> _errors = [];
    private readonly Dictionary<string, TypeDefinitionNode> _definitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TypeExtensionNode>> _extensions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly List<DirectiveDefinitionNode> _directiveNodes = [];
    private readonly List<SyntaxNode> _schemaNodes = [];

    public SdlSchemaBuilder(DocumentNode document, ResolverMap? resolvers, IEnumerable<ScalarType>? scalars)
    {
        _document = document;
        _resolvers = resolvers ?? new ResolverMap();
        _scalars = new Dictionary<string, ScalarType>(StringComparer.Ordinal);
        foreach (var scalar in scalars ?? [])
        {
            _scalars[scalar.Name] = scalar;
        }
    }

    public Schema Build()
    {
        Collect();
        CheckReferences();
        ThrowIfErrors();

        foreach (var (name, definition) in _definitions)
        {
            _types[name] = BuildType(definition, _extensions.GetValueOrDefault(name) ?? []);
        }

        var directives = _directiveNodes.Select(BuildDirective).ToList();
        foreach (var specified in SpecifiedDirectives.All)
        {
            if (!directives.Any(directive => directive.Name == specified.Name))
            {
                directives.Add(specified);
            }
        }

        var schemaDefinition = _schemaNodes.OfType<SchemaDefinitionNode>().FirstOrDefault();
        var operationTypes = _schemaNodes
            .SelectMany(node => node is SchemaDefinitionNode definition ? definition.OperationTypes : ((SchemaExtensionNode)node).OperationTypes)
            .ToList();
        var schema = new Schema(new SchemaConfig
        {
            Query = RootType(operationTypes, OperationType.Query, "Query"),
            Mutation = RootType(operationTypes, OperationType.Mutation, "Mutation"),
            Subscription = RootType(operationTypes, OperationType.Subscription, "Subscription"),
            Types = [.. _types.Values],
            DirectiveDefinitions = directives,
            Description = schemaDefinition?.Description?.Value,
            Directives = [.. _schemaNodes.SelectMany(node => node is SchemaDefinitionNode definition ? definition.Directives : ((SchemaExtensionNode)node).Directives)],
            AstNodes = _schemaNodes,
        });

        _errors.AddRange(SchemaValidator.Validate(schema));
        ThrowIfErrors();
        return schema;
    }

    private void Collect()
    {
        foreach (var definition in _document.Definitions)
        {
            switch (definition)
            {
                case TypeDefinitionNode type:
                    if (_definitions.TryGetValue(type.Name.Value, out var existing))
                    {
                        Report($"There can be only one type named \"{type.Name.Value}\".", existing.Name, type.Name);
                    }
                    else
                    {
                        _definitions[type.Name.Value] = type;
                    }

                    break;
                case TypeExtensionNode extension:
                    (_extensions.TryGetValue(extension.Name.Value, out var list) ? list : _extensions[extension.Name.Value] = []).Add(extension);
                    break;
                case DirectiveDefinitionNode directive:
                    var duplicate = _directiveNodes.FirstOrDefault(other => other.Name.Value == directive.Name.Value);
                    if (duplicate is not null)
                    {
                        Report($"There can be only one directive named \"@{directive.Name.Value}\".", duplicate.Name, directive.Name);
                    }
                    else
                    {
                        _directiveNodes.Add(directive);
                    }

                    break;
                case SchemaDefinitionNode schemaDefinition:
                    if (_schemaNodes.OfType<SchemaDefinitionNode>().Any())
                    {
                        Report("Must provide only one schema definition.", schemaDefinition);
                    }
                    else
                    {
                        _schemaNodes.Insert(0, schemaDefinition);
                    }

                    break;
                case SchemaExtensionNode schemaExtension:
                    _schemaNodes.Add(schemaExtension);
                    break;
                default:
                    Report($"The {definition.Kind} definition is not allowed in a schema document.", definition);
                    break;
            }
        }
    }

    /// <summary>Checks what buildASTSchema's SDL rules check before any type is built.</summary>
    private void CheckReferences()
    {
        foreach (var (name, extensions) in _extensions)
        {
            foreach (var extension in extensions)
            {
                if (!_definitions.TryGetValue(name, out var definition))
                {
                    Report(SpecifiedScalars.Find(name) is not null
                        ? $"Cannot extend type \"{name}\" because it is a specified scalar."
                        : $"Cannot extend type \"{name}\" because it is not defined.", extension.Name);
                }
                else if (KindOf(definition) != KindOf(extension))
                {
                    Report($"Cannot extend non-{KindName(KindOf(definition))} type \"{name}\".", definition.Name, extension.Name);
                }
            }
        }

        var seenOperations = new HashSet<OperationType>();
        foreach (var node in _schemaNodes)
        {
            var operationTypes = node is SchemaDefinitionNode definition ? definition.OperationTypes : ((SchemaExtensionNode)node).OperationTypes;
            foreach (var operationType in operationTypes)
            {
                var operation = operationType.Operation.ToString().ToLowerInvariant();
                if (!seenOperations.Add(operationType.Operation))
                {
                    Report($"There can be only one {operation} type in schema.", operationType);
                }
                else if (CheckKnown(operationType.Type) is { } root && root is not ObjectTypeDefinitionNode)
                {
                    var article = operationType.Operation == OperationType.Query ? string.Empty : " if provided";
                    Report($"{char.ToUpperInvariant(operation[0])}{operation[1..]} root type must be Object type{article}, it cannot be {root.Name.Value}.", operationType.Type);
                }
            }
        }

        foreach (var node in _document.Definitions)
        {
            switch (node)
            {
                case ObjectTypeDefinitionNode or ObjectTypeExtensionNode or InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode:
                    var (name, interfaces, fields) = node switch
                    {
                        ObjectTypeDefinitionNode d => (d.Name.Value, d.Interfaces, d.Fields),
                        ObjectTypeExtensionNode e => (e.Name.Value, e.Interfaces, e.Fields),
                        InterfaceTypeDefinitionNode d => (d.Name.Value, d.Interfaces, d.Fields),
                        _ => (((InterfaceTypeExtensionNode)node).Name.Value, ((InterfaceTypeExtensionNode)node).Interfaces, ((InterfaceTypeExtensionNode)node).Fields),
                    };
                    foreach (var iface in interfaces)
                    {
                        if (CheckKnown(iface) is { } found && found is not InterfaceTypeDefinitionNode)
                        {
                            Report($"Type {name} must only implement Interface types, it cannot implement {found.Name.Value}.", iface);
                        }
                    }

                    foreach (var field in fields)
                    {
                        CheckKnown(field.Type);
                        foreach (var argument in field.Arguments)
                        {
                            CheckKnown(argument.Type);
                        }
                    }

                    break;
                case UnionTypeDefinitionNode or UnionTypeExtensionNode:
                    var (unionName, members) = node is UnionTypeDefinitionNode u ? (u.Name.Value, u.Types) : (((UnionTypeExtensionNode)node).Name.Value, ((UnionTypeExtensionNode)node).Types);
                    foreach (var member in members)
                    {
                        if (CheckKnown(member) is { } found && found is not ObjectTypeDefinitionNode)
                        {
                            Report($"Union type {unionName} can only include Object types, it cannot include {found.Name.Value}.", member);
                        }
                        else if (SpecifiedScalars.Find(member.Name.Value) is not null)
                        {
                            Report($"Union type {unionName} can only include Object types, it cannot include {member.Name.Value}.", member);
                        }
                    }

                    break;
                case InputObjectTypeDefinitionNode inputDefinition:
                    inputDefinition.Fields.ToList().ForEach(field => CheckKnown(field.Type));
                    break;
                case InputObjectTypeExtensionNode inputExtension:
                    inputExtension.Fields.ToList().ForEach(field => CheckKnown(field.Type));
                    break;
                case DirectiveDefinitionNode directive:
                    foreach (var argument in directive.Arguments)
                    {
                        CheckKnown(argument.Type);
                    }

                    foreach (var location in directive.Locations)
                    {
                        if (IntrospectionTypes.ParseLocation(location.Value) is null)
                        {
                            Report($"Unexpected directive location \"{location.Value}\" on @{directive.Name.Value}.", location);
                        }
                    }

                    break;
            }
        }
    }

    /// <summary>Reports an unknown named type (graphql-js KnownTypeNamesRule) and returns the definition, if the SDL has one.</summary>
    private TypeDefinitionNode? CheckKnown(TypeNode type)
    {
        var named = Unwrap(type);
        var name = named.Name.Value;
        if (_definitions.TryGetValue(name, out var definition))
        {
            return definition;
        }

        if (SpecifiedScalars.Find(name) is null && !_scalars.ContainsKey(name))
        {
            Report($"Unknown type \"{name}\".", named);
        }

        return null;
    }

    private NamedType BuildType(TypeDefinitionNode definition, List<TypeExtensionNode> extensions)
    {
        var name = definition.Name.Value;
        var description = definition.Description?.Value;
        IReadOnlyList<DirectiveNode> directives = [.. definition.Directives, .. extensions.SelectMany(extension => extension.Directives)];
        IReadOnlyList<SyntaxNode> astNodes = [definition, .. extensions];
        var code = _resolvers.Find(name);
        switch (definition)
        {
            case ScalarTypeDefinitionNode:
                if (SpecifiedScalars.Find(name) is { } specified)
                {
                    return specified;
                }

                if (_scalars.TryGetValue(name, out var implementation))
                {
                    return implementation;
                }

                return new PassThroughScalarType(name)
                {
                    Description = description,
                    Directives = directives,
                    AstNodes = astNodes,
                    SpecifiedByUrl = StringArgument(directives, "specifiedBy", "url"),
                };
            case ObjectTypeDefinitionNode objectDefinition:
                var objectExtensions = extensions.Cast<ObjectTypeExtensionNode>().ToList();
                return new ObjectType(
                    name,
                    () => BuildFields(name, [.. objectDefinition.Fields, .. objectExtensions.SelectMany(extension => extension.Fields)], code),
                    () => Interfaces([.. objectDefinition.Interfaces, .. objectExtensions.SelectMany(extension => extension.Interfaces)]))
                {
                    Description = description,
                    Directives = directives,
                    AstNodes = astNodes,
                    RuntimeType = code?.RuntimeType,
                    IsTypeOf = code?.IsTypeOf,
                };
            case InterfaceTypeDefinitionNode interfaceDefinition:
                var interfaceExtensions = extensions.Cast<InterfaceTypeExtensionNode>().ToList();
                return new InterfaceType(
                    name,
                    () => BuildFields(name, [.. interfaceDefinition.Fields, .. interfaceExtensions.SelectMany(extension => extension.Fields)], code),
                    () => Interfaces([.. interfaceDefinition.Interfaces, .. interfaceExtensions.SelectMany(extension => extension.Interfaces)]))
                {
                    Description = description,
                    Directives = directives,
                    AstNodes = astNodes,
                    ResolveType = code?.ResolveType,
                };
            case UnionTypeDefinitionNode unionDefinition:
                IReadOnlyList<NamedTypeNode> members = [.. unionDefinition.Types, .. extensions.Cast<UnionTypeExtensionNode>().SelectMany(extension => extension.Types)];
                return new UnionType(name, () => members.Select(member => _types.GetValueOrDefault(member.Name.Value)).OfType<ObjectType>())
                {
                    Description = description,
                    Directives = directives,
                    AstNodes = astNodes,
                    ResolveType = code?.ResolveType,
                };
            case EnumTypeDefinitionNode enumDefinition:
                IReadOnlyList<EnumValueDefinitionNode> values = [.. enumDefinition.Values, .. extensions.Cast<EnumTypeExtensionNode>().SelectMany(extension => extension.Values)];
                return new EnumType(name, () => values.Select(value => new EnumValueDefinition(value.Name.Value)
                {
                    Description = value.Description?.Value,
                    DeprecationReason = DeprecationReason(value.Directives),
                    Directives = value.Directives,
                    AstNode = value,
                }))
                {
                    Description = description,
                    Directives = directives,
                    AstNodes = astNodes,
                };
            case InputObjectTypeDefinitionNode inputDefinition:
                IReadOnlyList<InputValueDefinitionNode> fields = [.. inputDefinition.Fields, .. extensions.Cast<InputObjectTypeExtensionNode>().SelectMany(extension => extension.Fields)];
                return new InputObjectType(name, () => fields.Select(BuildInputValue))
                {
                    Description = description,
                    Directives = directives,
                    AstNodes = astNodes,
                    IsOneOf = directives.Any(directive => directive.Name.Value == "oneOf"),
                };
            default:
                throw new InvalidOperationException($"Unexpected type definition {definition.Kind}.");
        }
    }

    private IEnumerable<FieldDefinition> BuildFields(string typeName, IReadOnlyList<FieldDefinitionNode> fields, TypeResolverMap? code) =>
        fields.Select(field => new FieldDefinition(field.Name.Value, ResolveType(field.Type))
        {
            Description = field.Description?.Value,
            Arguments = [.. field.Arguments.Select(BuildInputValue)],
            DeprecationReason = DeprecationReason(field.Directives),
            Directives = field.Directives,
            AstNode = field,
            Resolver = code?.Find(field.Name.Value),
            Subscriber = code?.Subscribers.TryGetValue(field.Name.Value, out var subscriber) == true ? subscriber : null,
        });

    private IEnumerable<InterfaceType> Interfaces(IEnumerable<NamedTypeNode> names) =>
        names.Select(name => _types.GetValueOrDefault(name.Name.Value)).OfType<InterfaceType>();

    private InputValueDefinition BuildInputValue(InputValueDefinitionNode node) => new(node.Name.Value, ResolveType(node.Type))
    {
        Description = node.Description?.Value,
        DefaultValue = node.DefaultValue,
        DeprecationReason = DeprecationReason(node.Directives),
        Directives = node.Directives,
        AstNode = node,
    };

    private DirectiveDefinition BuildDirective(DirectiveDefinitionNode node) =>
        new(node.Name.Value, [.. node.Locations.Select(location => IntrospectionTypes.ParseLocation(location.Value)!.Value)])
        {
            Description = node.Description?.Value,
            Arguments = [.. node.Arguments.Select(BuildInputValue)],
            IsRepeatable = node.Repeatable,
            AstNode = node,
        };

    private GraphQLType ResolveType(TypeNode node) => node switch
    {
        NonNullTypeNode nonNull => new NonNullType(ResolveType(nonNull.Type)),
        ListTypeNode list => new ListType(ResolveType(list.Type)),
        NamedTypeNode named => _types.GetValueOrDefault(named.Name.Value)
            ?? SpecifiedScalars.Find(named.Name.Value)
            ?? _scalars[named.Name.Value],
        _ => throw new InvalidOperationException($"Unexpected type node {node.Kind}."),
    };

    private ObjectType? RootType(List<OperationTypeDefinitionNode> operationTypes, OperationType operation, string defaultName)
    {
        var node = operationTypes.FirstOrDefault(operationType => operationType.Operation == operation);
        if (node is not null)
        {
            return _types.GetValueOrDefault(node.Type.Name.Value) as ObjectType;
        }

        // Spec 3.3.1: without a schema definition, the root types are the types named Query,
        // Mutation and Subscription (an `extend schema` alone does not change that).
        return _schemaNodes.OfType<SchemaDefinitionNode>().Any() ? null : _types.GetValueOrDefault(defaultName) as ObjectType;
    }

    /// <summary>The reason of <c>@deprecated</c> (spec 3.13.3), its default when none is written, or null.</summary>
    private static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives) =>
        directives.Any(directive => directive.Name.Value == "deprecated")
            ? StringArgument(directives, "deprecated", "reason") ?? SpecifiedDirectives.DefaultDeprecationReason
            : null;

    private static string? StringArgument(IReadOnlyList<DirectiveNode> directives, string directiveName, string argumentName) =>
        directives
            .Where(directive => directive.Name.Value == directiveName)
            .SelectMany(directive => directive.Arguments)
            .Where(argument => argument.Name.Value == argumentName)
            .Select(argument => (argument.Value as StringValueNode)?.Value)
            .FirstOrDefault();

    private static NamedTypeNode Unwrap(TypeNode type) => type switch
    {
        NonNullTypeNode nonNull => Unwrap(nonNull.Type),
        ListTypeNode list => Unwrap(list.Type),
        _ => (NamedTypeNode)type,
    };

    private static TypeKind KindOf(SyntaxNode node) => node switch
    {
        ScalarTypeDefinitionNode or ScalarTypeExtensionNode => TypeKind.Scalar,
        ObjectTypeDefinitionNode or ObjectTypeExtensionNode => TypeKind.Object,
        InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => TypeKind.Interface,
        UnionTypeDefinitionNode or UnionTypeExtensionNode => TypeKind.Union,
        EnumTypeDefinitionNode or EnumTypeExtensionNode => TypeKind.Enum,
        _ => TypeKind.InputObject,
    };

    private static string KindName(TypeKind kind) => kind switch
    {
        TypeKind.InputObject => "input object",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private void Report(string message, params SyntaxNode?[] nodes)
    {
        var locations = nodes
            .Where(node => node?.Location is not null)
            .Select(node => new ErrorLocation(node!.Location!.Value.Line, node.Location.Value.Column))
            .ToList();
        _errors.Add(new GraphQLError(message, locations.Count > 0 ? locations : null));
    }

    private void ThrowIfErrors()
    {
        if (_errors.Count > 0)
        {
            throw new SchemaValidationException(_errors);
        }
    }
}
