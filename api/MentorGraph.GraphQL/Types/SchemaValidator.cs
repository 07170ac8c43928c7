using System.Buffers;
using MentorGraph.GraphQL.Introspection;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types;

/// <summary>
/// Type-system validation (spec 3 "Type Validation" of each kind, 3.3.1 root operation types,
/// 3.13 directives, and the OneOf Input Objects RFC). Each check reports every problem it finds,
/// with the messages graphql-js's <c>validateSchema</c> gives and the locations of the SDL that
/// caused them when the schema was built from SDL.
/// </summary>
public static class SchemaValidator
{
    private static readonly SearchValues<char> _nameStart = SearchValues.Create("_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
    private static readonly SearchValues<char> _nameContinue = SearchValues.Create("_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

    /// <summary>Every type-system error of the schema, in a stable order; empty when it is valid.</summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var context = new Context(schema);
        ValidateRootTypes(context);
        ValidateDirectiveDefinitions(context);
        ValidateTypes(context);
        ValidateAppliedDirectives(context);
        return context.Errors;
    }

    /// <summary>Throws <see cref="SchemaValidationException"/> listing every error when the schema is invalid.</summary>
    public static void AssertValid(Schema schema)
    {
        var errors = Validate(schema);
        if (errors.Count > 0)
        {
            throw new SchemaValidationException(errors);
        }
    }

    /// <summary>
    /// Spec 3.3.1: a query root type must be provided, and the root types must all be different.
    /// </summary>
    private static void ValidateRootTypes(Context context)
    {
        var schema = context.Schema;
        if (schema.QueryType is null)
        {
            context.Report("Query root type must be provided.", schema.AstNodes.OfType<SchemaDefinitionNode>().FirstOrDefault());
        }

        var roots = new (OperationType Operation, ObjectType? Type)[]
        {
            (OperationType.Query, schema.QueryType),
            (OperationType.Mutation, schema.MutationType),
            (OperationType.Subscription, schema.SubscriptionType),
        };
        foreach (var group in roots.Where(root => root.Type is not null).GroupBy(root => root.Type!.Name))
        {
            var operations = group.Select(root => root.Operation).ToList();
            if (operations.Count > 1)
            {
                var names = operations.Select(operation => operation.ToString().ToLowerInvariant()).ToList();
                var list = names.Count == 2 ? $"{names[0]} and {names[1]}" : $"{names[0]}, {names[1]}, and {names[2]}";
                context.Report(
                    $"All root types must be different, \"{group.Key}\" type is used as {list} root types.",
                    [.. operations.Select(operation => OperationTypeNode(schema, operation))]);
            }
        }
    }

    /// <summary>Spec 3.13: directive names, locations and arguments.</summary>
    private static void ValidateDirectiveDefinitions(Context context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var directive in context.Schema.DirectiveDefinitions)
        {
            if (!seen.Add(directive.Name))
            {
                context.Report($"There can be only one directive named \"@{directive.Name}\".", directive.AstNode?.Name);
                continue;
            }

            ValidateName(context, directive.Name, directive.AstNode?.Name);
            if (directive.Locations.Count == 0)
            {
                context.Report($"Directive @{directive.Name} must include 1 or more locations.", directive.AstNode);
            }

            var argumentNames = new HashSet<string>(StringComparer.Ordinal);
            foreach (var argument in directive.Arguments)
            {
                if (!argumentNames.Add(argument.Name))
                {
                    context.Report($"Argument \"@{directive.Name}({argument.Name}:)\" can only be defined once.", argument.AstNode?.Name);
                    continue;
                }

                ValidateName(context, argument.Name, argument.AstNode?.Name);
                if (!argument.Type.IsInputType)
                {
                    context.Report($"The type of @{directive.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.", argument.AstNode?.Type);
                }

                if (argument.IsRequired && argument.IsDeprecated)
                {
                    context.Report($"Required argument @{directive.Name}({argument.Name}:) cannot be deprecated.", DeprecatedDirective(argument.AstNode?.Directives), argument.AstNode?.Type);
                }
            }
        }
    }

    private static void ValidateTypes(Context context)
    {
        foreach (var name in context.Schema.DuplicateTypeNames)
        {
            context.Report($"Schema must contain uniquely named types but contains multiple types named \"{name}\".");
        }

        var findInputCycles = new InputObjectCycleDetector(context);
        foreach (var type in context.Schema.Types.Values)
        {
            if (IsBuiltInIntrospectionType(type))
            {
                continue;
            }

            ValidateName(context, type.Name, NameNodeOf(type));

            switch (type)
            {
                case ComplexType complex:
                    ValidateFields(context, complex);
                    ValidateInterfaces(context, complex);
                    break;
                case UnionType union:
                    ValidateUnionMembers(context, union);
                    break;
                case EnumType enumType:
                    ValidateEnumValues(context, enumType);
                    break;
                case InputObjectType input:
                    ValidateInputFields(context, input);
                    findInputCycles.Detect(input);
                    break;
            }
        }
    }

    /// <summary>Spec 3.6 "Type Validation" 1–2 (and 3.7 for interfaces): fields, their names, types and arguments.</summary>
    private static void ValidateFields(Context context, ComplexType type)
    {
        if (type.Fields.Count == 0)
        {
            context.Report($"Type {type.Name} must define one or more fields.", [.. type.AstNodes]);
        }

        var fieldNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!fieldNames.Add(field.Name))
            {
                context.Report($"Field \"{type.Name}.{field.Name}\" can only be defined once.", [.. type.Fields.Where(f => f.Name == field.Name).Select(f => f.AstNode?.Name)]);
                continue;
            }

            ValidateName(context, field.Name, field.AstNode?.Name);
            if (!field.Type.IsOutputType)
            {
                context.Report($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.", field.AstNode?.Type);
            }

            var argumentNames = new HashSet<string>(StringComparer.Ordinal);
            foreach (var argument in field.Arguments)
            {
                if (!argumentNames.Add(argument.Name))
                {
                    context.Report($"Argument \"{type.Name}.{field.Name}({argument.Name}:)\" can only be defined once.", argument.AstNode?.Name);
                    continue;
                }

                ValidateName(context, argument.Name, argument.AstNode?.Name);
                if (!argument.Type.IsInputType)
                {
                    context.Report($"The type of {type.Name}.{field.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.", argument.AstNode?.Type);
                }

                if (argument.IsRequired && argument.IsDeprecated)
                {
                    context.Report($"Required argument {type.Name}.{field.Name}({argument.Name}:) cannot be deprecated.", DeprecatedDirective(argument.AstNode?.Directives), argument.AstNode?.Type);
                }
            }
        }
    }

    /// <summary>
    /// Spec 3.6 "Type Validation" 3–4 and 3.7: each implemented interface is implemented once,
    /// not by itself, together with the interfaces it implements, and field by field.
    /// </summary>
    private static void ValidateInterfaces(Context context, ComplexType type)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(type, iface) || type.Name == iface.Name)
            {
                context.Report($"Type {type.Name} cannot implement itself because it would create a circular reference.", [.. ImplementsNodes(type, iface)]);
                continue;
            }

            if (!seen.Add(iface.Name))
            {
                context.Report($"Type {type.Name} can only implement {iface.Name} once.", [.. ImplementsNodes(type, iface)]);
                continue;
            }

            ValidateTypeImplementsAncestors(context, type, iface);
            ValidateTypeImplementsInterface(context, type, iface);
        }
    }

    /// <summary>Spec 3.7 "IsValidImplementation": the fields of the interface, with covariant types and the same arguments.</summary>
    private static void ValidateTypeImplementsInterface(Context context, ComplexType type, InterfaceType iface)
    {
        foreach (var ifaceField in iface.Fields)
        {
            var typeField = type.GetField(ifaceField.Name);
            if (typeField is null)
            {
                context.Report($"Interface field {iface.Name}.{ifaceField.Name} expected but {type.Name} does not provide it.", [ifaceField.AstNode, .. type.AstNodes]);
                continue;
            }

            if (!context.Schema.IsTypeSubTypeOf(typeField.Type, ifaceField.Type))
            {
                context.Report(
                    $"Interface field {iface.Name}.{ifaceField.Name} expects type {ifaceField.Type} but {type.Name}.{typeField.Name} is type {typeField.Type}.",
                    ifaceField.AstNode?.Type,
                    typeField.AstNode?.Type);
            }

            foreach (var ifaceArgument in ifaceField.Arguments)
            {
                var typeArgument = typeField.GetArgument(ifaceArgument.Name);
                if (typeArgument is null)
                {
                    context.Report(
                        $"Interface field argument {iface.Name}.{ifaceField.Name}({ifaceArgument.Name}:) expected but {type.Name}.{typeField.Name} does not provide it.",
                        ifaceArgument.AstNode,
                        typeField.AstNode);
                    continue;
                }

                // Arguments are invariant: a contravariant rule would break clients that rely on the interface's type.
                if (!ifaceArgument.Type.IsSameType(typeArgument.Type))
                {
                    context.Report(
                        $"Interface field argument {iface.Name}.{ifaceField.Name}({ifaceArgument.Name}:) expects type {ifaceArgument.Type} but {type.Name}.{typeField.Name}({typeArgument.Name}:) is type {typeArgument.Type}.",
                        ifaceArgument.AstNode?.Type,
                        typeArgument.AstNode?.Type);
                }
            }

            foreach (var typeArgument in typeField.Arguments)
            {
                if (ifaceField.GetArgument(typeArgument.Name) is null && typeArgument.IsRequired)
                {
                    context.Report(
                        $"Object field {type.Name}.{typeField.Name} includes required argument {typeArgument.Name} that is missing from the Interface field {iface.Name}.{ifaceField.Name}.",
                        typeArgument.AstNode,
                        ifaceField.AstNode);
                }
            }
        }
    }

    /// <summary>Spec 3.7 "Type Validation" 4: a type implementing an interface also declares every interface that one implements.</summary>
    private static void ValidateTypeImplementsAncestors(Context context, ComplexType type, InterfaceType iface)
    {
        foreach (var transitive in iface.Interfaces)
        {
            if (!type.Interfaces.Any(declared => declared.Name == transitive.Name))
            {
                var message = transitive.Name == type.Name
                    ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                    : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.";
                context.Report(message, [.. ImplementsNodes(iface, transitive), .. ImplementsNodes(type, iface)]);
            }
        }
    }

    /// <summary>Spec 3.8 "Type Validation": one or more members, each an object type, each once.</summary>
    private static void ValidateUnionMembers(Context context, UnionType union)
    {
        if (union.Types.Count == 0)
        {
            context.Report($"Union type {union.Name} must define one or more member types.", [.. union.AstNodes]);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in union.Types)
        {
            if (!seen.Add(member.Name))
            {
                context.Report($"Union type {union.Name} can only include type {member.Name} once.", [.. UnionMemberNodes(union, member.Name)]);
            }
        }
    }

    /// <summary>Spec 3.9 "Type Validation": one or more values, each uniquely and validly named.</summary>
    private static void ValidateEnumValues(Context context, EnumType enumType)
    {
        if (enumType.Values.Count == 0)
        {
            context.Report($"Enum type {enumType.Name} must define one or more values.", [.. enumType.AstNodes]);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in enumType.Values)
        {
            if (!seen.Add(value.Name))
            {
                context.Report($"Enum value \"{enumType.Name}.{value.Name}\" can only be defined once.", value.AstNode?.Name);
                continue;
            }

            ValidateName(context, value.Name, value.AstNode?.Name);
            if (value.Name is "true" or "false" or "null")
            {
                context.Report($"Enum values cannot be named: {value.Name}", value.AstNode?.Name);
            }
        }
    }

    /// <summary>Spec 3.10 "Type Validation" and the OneOf RFC: fields, their names and input types; oneOf fields nullable without defaults.</summary>
    private static void ValidateInputFields(Context context, InputObjectType input)
    {
        if (input.Fields.Count == 0)
        {
            context.Report($"Input Object type {input.Name} must define one or more fields.", [.. input.AstNodes]);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in input.Fields)
        {
            if (!seen.Add(field.Name))
            {
                context.Report($"Field \"{input.Name}.{field.Name}\" can only be defined once.", [.. input.Fields.Where(f => f.Name == field.Name).Select(f => f.AstNode?.Name)]);
                continue;
            }

            ValidateName(context, field.Name, field.AstNode?.Name);
            if (!field.Type.IsInputType)
            {
                context.Report($"The type of {input.Name}.{field.Name} must be Input Type but got: {field.Type}.", field.AstNode?.Type);
            }

            if (field.IsRequired && field.IsDeprecated)
            {
                context.Report($"Required input field {input.Name}.{field.Name} cannot be deprecated.", DeprecatedDirective(field.AstNode?.Directives), field.AstNode?.Type);
            }

            if (input.IsOneOf)
            {
                if (field.Type.IsNonNull)
                {
                    context.Report($"OneOf input field {input.Name}.{field.Name} must be nullable.", field.AstNode?.Type);
                }

                if (field.HasDefaultValue)
                {
                    context.Report($"OneOf input field {input.Name}.{field.Name} cannot have a default value.", field.AstNode);
                }
            }
        }
    }

    /// <summary>
    /// Directives applied in the type system (spec 3.13 and the SDL rules graphql-js applies
    /// when building: known directives, at allowed locations, non-repeatable ones once, with
    /// known and required arguments).
    /// </summary>
    private static void ValidateAppliedDirectives(Context context)
    {
        var schema = context.Schema;
        CheckDirectives(context, schema.Directives, DirectiveLocation.Schema);
        foreach (var type in schema.Types.Values)
        {
            if (IsBuiltInIntrospectionType(type))
            {
                continue;
            }

            switch (type)
            {
                case ScalarType scalar:
                    CheckDirectives(context, scalar.Directives, DirectiveLocation.Scalar);
                    break;
                case ComplexType complex:
                    CheckDirectives(context, complex.Directives, complex is ObjectType ? DirectiveLocation.Object : DirectiveLocation.Interface);
                    foreach (var field in complex.Fields)
                    {
                        CheckDirectives(context, field.Directives, DirectiveLocation.FieldDefinition);
                        foreach (var argument in field.Arguments)
                        {
                            CheckDirectives(context, argument.Directives, DirectiveLocation.ArgumentDefinition);
                        }
                    }

                    break;
                case UnionType union:
                    CheckDirectives(context, union.Directives, DirectiveLocation.Union);
                    break;
                case EnumType enumType:
                    CheckDirectives(context, enumType.Directives, DirectiveLocation.Enum);
                    foreach (var value in enumType.Values)
                    {
                        CheckDirectives(context, value.Directives, DirectiveLocation.EnumValue);
                    }

                    break;
                case InputObjectType input:
                    CheckDirectives(context, input.Directives, DirectiveLocation.InputObject);
                    foreach (var field in input.Fields)
                    {
                        CheckDirectives(context, field.Directives, DirectiveLocation.InputFieldDefinition);
                    }

                    break;
            }
        }
    }

    private static void CheckDirectives(Context context, IReadOnlyList<DirectiveNode> directives, DirectiveLocation location)
    {
        var seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        foreach (var node in directives)
        {
            var name = node.Name.Value;
            var definition = context.Schema.GetDirective(name);
            if (definition is null)
            {
                context.Report($"Unknown directive \"@{name}\".", node);
                continue;
            }

            if (!definition.Locations.Contains(location))
            {
                context.Report($"Directive \"@{name}\" may not be used on {IntrospectionTypes.LocationName(location)}.", node);
            }

            if (!definition.IsRepeatable && !seen.TryAdd(name, node))
            {
                context.Report($"The directive \"@{name}\" can only be used once at this location.", seen[name], node);
            }

            foreach (var argument in node.Arguments)
            {
                if (definition.GetArgument(argument.Name.Value) is null)
                {
                    context.Report($"Unknown argument \"{argument.Name.Value}\" on directive \"@{name}\".", argument);
                }
            }

            foreach (var argument in definition.Arguments)
            {
                if (argument.IsRequired && !node.Arguments.Any(given => given.Name.Value == argument.Name))
                {
                    context.Report($"Directive \"@{name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.", node);
                }
            }
        }
    }

    /// <summary>Spec 2.1.9 Names, and the "__" prefix reserved for introspection (spec 3 "Reserved Names").</summary>
    private static void ValidateName(Context context, string name, SyntaxNode? node)
    {
        if (name.Length == 0)
        {
            context.Report("Expected name to be a non-empty string.", node);
        }
        else if (!_nameStart.Contains(name[0]))
        {
            context.Report($"Names must start with [_a-zA-Z] but \"{name}\" does not.", node);
        }
        else if (name.AsSpan().IndexOfAnyExcept(_nameContinue) >= 0)
        {
            context.Report($"Names must only contain [_a-zA-Z0-9] but \"{name}\" does not.", node);
        }
        else if (name.StartsWith("__", StringComparison.Ordinal))
        {
            context.Report($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", node);
        }
    }

    private static bool IsBuiltInIntrospectionType(NamedType type) =>
        IntrospectionTypes.All.Any(introspectionType => ReferenceEquals(introspectionType, type));

    private static NameNode? NameNodeOf(NamedType type) =>
        type.AstNodes.OfType<TypeDefinitionNode>().Select(node => node.Name).FirstOrDefault();

    private static DirectiveNode? DeprecatedDirective(IReadOnlyList<DirectiveNode>? directives) =>
        directives?.FirstOrDefault(directive => directive.Name.Value == "deprecated");

    private static SyntaxNode? OperationTypeNode(Schema schema, OperationType operation)
    {
        foreach (var node in schema.AstNodes)
        {
            var operationTypes = node switch
            {
                SchemaDefinitionNode definition => definition.OperationTypes,
                SchemaExtensionNode extension => extension.OperationTypes,
                _ => [],
            };
            foreach (var operationType in operationTypes)
            {
                if (operationType.Operation == operation)
                {
                    return operationType.Type;
                }
            }
        }

        return null;
    }

    private static IEnumerable<SyntaxNode> ImplementsNodes(NamedType type, InterfaceType iface) =>
        type.AstNodes
            .SelectMany(node => node switch
            {
                ObjectTypeDefinitionNode definition => definition.Interfaces,
                ObjectTypeExtensionNode extension => extension.Interfaces,
                InterfaceTypeDefinitionNode definition => definition.Interfaces,
                InterfaceTypeExtensionNode extension => extension.Interfaces,
                _ => [],
            })
            .Where(named => named.Name.Value == iface.Name);

    private static IEnumerable<SyntaxNode> UnionMemberNodes(UnionType union, string memberName) =>
        union.AstNodes
            .SelectMany(node => node switch
            {
                UnionTypeDefinitionNode definition => definition.Types,
                UnionTypeExtensionNode extension => extension.Types,
                _ => [],
            })
            .Where(named => named.Name.Value == memberName);

    private sealed class Context(Schema schema)
    {
        public Schema Schema { get; } = schema;

        public List<GraphQLError> Errors { get; } = [];

        public void Report(string message, params SyntaxNode?[] nodes)
        {
            var locations = nodes
                .Where(node => node?.Location is not null)
                .Select(node => new ErrorLocation(node!.Location!.Value.Line, node.Location.Value.Column))
                .ToList();
            Errors.Add(new GraphQLError(message, locations.Count > 0 ? locations : null));
        }
    }

    /// <summary>
    /// Spec 3.10 "Type Validation" 3 (circular references): an input object must not reach itself
    /// through non-null singular fields only, since no finite value could then be given.
    /// Each cycle is reported once, from the first type of it that is visited.
    /// </summary>
    private sealed class InputObjectCycleDetector(Context context)
    {
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
        private readonly List<InputValueDefinition> _fieldPath = [];
        private readonly Dictionary<string, int> _pathIndexByTypeName = new(StringComparer.Ordinal);

        public void Detect(InputObjectType input)
        {
            if (!_visited.Add(input.Name))
            {
                return;
            }

            _pathIndexByTypeName[input.Name] = _fieldPath.Count;
            foreach (var field in input.Fields)
            {
                if (field.Type is NonNullType { OfType: InputObjectType fieldType })
                {
                    _fieldPath.Add(field);
                    if (!_pathIndexByTypeName.TryGetValue(fieldType.Name, out var cycleIndex))
                    {
                        Detect(fieldType);
                    }
                    else
                    {
                        var cycle = _fieldPath.Skip(cycleIndex).ToList();
                        context.Report(
                            $"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{string.Join('.', cycle.Select(f => f.Name))}\".",
                            [.. cycle.Select(f => f.AstNode)]);
                    }

                    _fieldPath.RemoveAt(_fieldPath.Count - 1);
                }
            }

            _pathIndexByTypeName.Remove(input.Name);
        }
    }
}
