using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;
using MentorGraph.GraphQL.Types.Scalars;
using MentorGraph.GraphQL.Utilities;
using DirectiveLocationEnum = MentorGraph.GraphQL.Language.Ast.DirectiveLocation;
using TypeKindEnum = MentorGraph.GraphQL.Types.TypeKind;

namespace MentorGraph.GraphQL.Introspection;

/// <summary>
/// The introspection types of spec 4.2 (October 2021), with <c>__Type.isOneOf</c> from the
/// OneOf Input Objects RFC. Their resolvers read the engine's own type objects: a
/// <c>__Type</c> is a <see cref="GraphQLType"/>, a <c>__Field</c> a <see cref="FieldDefinition"/>,
/// and so on, so nothing is copied per request. Descriptions and field order follow graphql-js,
/// which is what clients compare introspection answers with.
/// </summary>
public static class IntrospectionTypes
{
    private static readonly InputValueDefinition[] _includeDeprecatedArgument =
    [
        new InputValueDefinition("includeDeprecated", SpecifiedScalars.Boolean) { DefaultValue = new BooleanValueNode(false) },
    ];

    /// <summary><c>__Schema</c> (spec 4.2.1).</summary>
    public static ObjectType Schema { get; } = CreateSchemaType();

    /// <summary><c>__Type</c> (spec 4.2.2); the source is any <see cref="GraphQLType"/>, named or wrapping.</summary>
    public static ObjectType Type { get; } = CreateTypeType();

    /// <summary><c>__Field</c> (spec 4.2.3).</summary>
    public static ObjectType Field { get; } = CreateFieldType();

    /// <summary><c>__InputValue</c> (spec 4.2.4): arguments and input fields.</summary>
    public static ObjectType InputValue { get; } = CreateInputValueType();

    /// <summary><c>__EnumValue</c> (spec 4.2.5).</summary>
    public static ObjectType EnumValue { get; } = CreateEnumValueType();

    /// <summary><c>__Directive</c> (spec 4.2.6).</summary>
    public static ObjectType Directive { get; } = CreateDirectiveType();

    /// <summary><c>__TypeKind</c> (spec 4.2.2); internal values are <see cref="Types.TypeKind"/> members.</summary>
    public static EnumType TypeKind { get; } = new("__TypeKind",
    [
        new EnumValueDefinition("SCALAR", TypeKindEnum.Scalar) { Description = "Indicates this type is a scalar." },
        new EnumValueDefinition("OBJECT", TypeKindEnum.Object) { Description = "Indicates this type is an object. `fields` and `interfaces` are valid fields." },
        new EnumValueDefinition("INTERFACE", TypeKindEnum.Interface) { Description = "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields." },
        new EnumValueDefinition("UNION", TypeKindEnum.Union) { Description = "Indicates this type is a union. `possibleTypes` is a valid field." },
        new EnumValueDefinition("ENUM", TypeKindEnum.Enum) { Description = "Indicates this type is an enum. `enumValues` is a valid field." },
        new EnumValueDefinition("INPUT_OBJECT", TypeKindEnum.InputObject) { Description = "Indicates this type is an input object. `inputFields` is a valid field." },
        new EnumValueDefinition("LIST", TypeKindEnum.List) { Description = "Indicates this type is a list. `ofType` is a valid field." },
        new EnumValueDefinition("NON_NULL", TypeKindEnum.NonNull) { Description = "Indicates this type is a non-null. `ofType` is a valid field." },
    ])
    {
        Description = "An enum describing what kind of type a given `__Type` is.",
    };

    /// <summary><c>__DirectiveLocation</c> (spec 4.2.6); internal values are <see cref="Language.Ast.DirectiveLocation"/> members.</summary>
    public static EnumType DirectiveLocation { get; } = new("__DirectiveLocation",
    [
        Location(DirectiveLocationEnum.Query, "QUERY", "Location adjacent to a query operation."),
        Location(DirectiveLocationEnum.Mutation, "MUTATION", "Location adjacent to a mutation operation."),
        Location(DirectiveLocationEnum.Subscription, "SUBSCRIPTION", "Location adjacent to a subscription operation."),
        Location(DirectiveLocationEnum.Field, "FIELD", "Location adjacent to a field."),
        Location(DirectiveLocationEnum.FragmentDefinition, "FRAGMENT_DEFINITION", "Location adjacent to a fragment definition."),
        Location(DirectiveLocationEnum.FragmentSpread, "FRAGMENT_SPREAD", "Location adjacent to a fragment spread."),
        Location(DirectiveLocationEnum.InlineFragment, "INLINE_FRAGMENT", "Location adjacent to an inline fragment."),
        Location(DirectiveLocationEnum.VariableDefinition, "VARIABLE_DEFINITION", "Location adjacent to a variable definition."),
        Location(DirectiveLocationEnum.Schema, "SCHEMA", "Location adjacent to a schema definition."),
        Location(DirectiveLocationEnum.Scalar, "SCALAR", "Location adjacent to a scalar definition."),
        Location(DirectiveLocationEnum.Object, "OBJECT", "Location adjacent to an object type definition."),
        Location(DirectiveLocationEnum.FieldDefinition, "FIELD_DEFINITION", "Location adjacent to a field definition."),
        Location(DirectiveLocationEnum.ArgumentDefinition, "ARGUMENT_DEFINITION", "Location adjacent to an argument definition."),
        Location(DirectiveLocationEnum.Interface, "INTERFACE", "Location adjacent to an interface definition."),
        Location(DirectiveLocationEnum.Union, "UNION", "Location adjacent to a union definition."),
        Location(DirectiveLocationEnum.Enum, "ENUM", "Location adjacent to an enum definition."),
        Location(DirectiveLocationEnum.EnumValue, "ENUM_VALUE", "Location adjacent to an enum value definition."),
        Location(DirectiveLocationEnum.InputObject, "INPUT_OBJECT", "Location adjacent to an input object type definition."),
        Location(DirectiveLocationEnum.InputFieldDefinition, "INPUT_FIELD_DEFINITION", "Location adjacent to an input object field definition."),
    ])
    {
        Description = "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.",
    };

    /// <summary>The eight introspection types, in the order graphql-js lists them.</summary>
    public static IReadOnlyList<NamedType> All { get; } = [Schema, Directive, DirectiveLocation, Type, Field, InputValue, EnumValue, TypeKind];

    public static bool IsIntrospectionTypeName(string name) => name is "__Schema" or "__Directive" or "__DirectiveLocation" or "__Type" or "__Field" or "__InputValue" or "__EnumValue" or "__TypeKind";

    /// <summary>The spelling of a directive location in SDL and introspection, such as <c>FIELD_DEFINITION</c>.</summary>
    public static string LocationName(DirectiveLocationEnum location) =>
        DirectiveLocation.Values.First(value => value.Value.Equals(location)).Name;

    /// <summary>The directive location an SDL name such as <c>FIELD_DEFINITION</c> stands for, or null.</summary>
    public static DirectiveLocationEnum? ParseLocation(string name) =>
        DirectiveLocation.GetValue(name)?.Value is DirectiveLocationEnum location ? location : null;

    private static ObjectType CreateSchemaType() => new("__Schema", () =>
    [
        Define<Schema>("description", SpecifiedScalars.String, schema => schema.Description),
        Define<Schema>("types", NonNullList(Type), schema => schema.Types.Values.ToArray(), "A list of all types supported by this server."),
        Define<Schema>("queryType", new NonNullType(Type), schema => schema.QueryType, "The type that query operations will be rooted at."),
        Define<Schema>("mutationType", Type, schema => schema.MutationType, "If this server supports mutation, the type that mutation operations will be rooted at."),
        Define<Schema>("subscriptionType", Type, schema => schema.SubscriptionType, "If this server support subscription, the type that subscription operations will be rooted at."),
        Define<Schema>("directives", NonNullList(Directive), schema => schema.DirectiveDefinitions, "A list of all directives supported by this server."),
    ])
    {
        Description = "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.",
    };

    private static ObjectType CreateTypeType() => new("__Type", () =>
    [
        Define<GraphQLType>("kind", new NonNullType(TypeKind), type => type.Kind),
        Define<GraphQLType>("name", SpecifiedScalars.String, type => (type as NamedType)?.Name),
        Define<GraphQLType>("description", SpecifiedScalars.String, type => (type as NamedType)?.Description),
        Define<GraphQLType>("specifiedByURL", SpecifiedScalars.String, type => (type as ScalarType)?.SpecifiedByUrl),
        Define<GraphQLType>("fields", List(new NonNullType(Field)), (type, context) => type is ComplexType complex
            ? complex.Fields.Where(field => IncludeDeprecated(context) || !field.IsDeprecated).ToArray()
            : null, arguments: _includeDeprecatedArgument),
        Define<GraphQLType>("interfaces", List(new NonNullType(Type)), type => (type as ComplexType)?.Interfaces),
        Define<GraphQLType>("possibleTypes", List(new NonNullType(Type)), (type, context) => type is InterfaceType or UnionType
            ? context.Schema.GetPossibleTypes((NamedType)type)
            : null),
        Define<GraphQLType>("enumValues", List(new NonNullType(EnumValue)), (type, context) => type is EnumType enumType
            ? enumType.Values.Where(value => IncludeDeprecated(context) || !value.IsDeprecated).ToArray()
            : null, arguments: _includeDeprecatedArgument),
        Define<GraphQLType>("inputFields", List(new NonNullType(InputValue)), (type, context) => type is InputObjectType input
            ? input.Fields.Where(field => IncludeDeprecated(context) || !field.IsDeprecated).ToArray()
            : null, arguments: _includeDeprecatedArgument),
        Define<GraphQLType>("ofType", Type, type => type switch
        {
            ListType list => list.OfType,
            NonNullType nonNull => nonNull.OfType,
            _ => null,
        }),
        Define<GraphQLType>("isOneOf", SpecifiedScalars.Boolean, type => type is InputObjectType input ? input.IsOneOf : null),
    ])
    {
        Description = "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.",
    };

    private static ObjectType CreateFieldType() => new("__Field", () =>
    [
        Define<FieldDefinition>("name", new NonNullType(SpecifiedScalars.String), field => field.Name),
        Define<FieldDefinition>("description", SpecifiedScalars.String, field => field.Description),
        Define<FieldDefinition>("args", NonNullList(InputValue), (field, context) =>
            field.Arguments.Where(argument => IncludeDeprecated(context) || !argument.IsDeprecated).ToArray(), arguments: _includeDeprecatedArgument),
        Define<FieldDefinition>("type", new NonNullType(Type), field => field.Type),
        Define<FieldDefinition>("isDeprecated", new NonNullType(SpecifiedScalars.Boolean), field => field.IsDeprecated),
        Define<FieldDefinition>("deprecationReason", SpecifiedScalars.String, field => field.DeprecationReason),
    ])
    {
        Description = "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.",
    };

    private static ObjectType CreateInputValueType() => new("__InputValue", () =>
    [
        Define<InputValueDefinition>("name", new NonNullType(SpecifiedScalars.String), value => value.Name),
        Define<InputValueDefinition>("description", SpecifiedScalars.String, value => value.Description),
        Define<InputValueDefinition>("type", new NonNullType(Type), value => value.Type),
        Define<InputValueDefinition>("defaultValue", SpecifiedScalars.String, value => value.DefaultValue is null ? null : LiteralPrinter.Print(value.DefaultValue), "A GraphQL-formatted string representing the default value for this input value."),
        Define<InputValueDefinition>("isDeprecated", new NonNullType(SpecifiedScalars.Boolean), value => value.IsDeprecated),
        Define<InputValueDefinition>("deprecationReason", SpecifiedScalars.String, value => value.DeprecationReason),
    ])
    {
        Description = "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.",
    };

    private static ObjectType CreateEnumValueType() => new("__EnumValue", () =>
    [
        Define<EnumValueDefinition>("name", new NonNullType(SpecifiedScalars.String), value => value.Name),
        Define<EnumValueDefinition>("description", SpecifiedScalars.String, value => value.Description),
        Define<EnumValueDefinition>("isDeprecated", new NonNullType(SpecifiedScalars.Boolean), value => value.IsDeprecated),
        Define<EnumValueDefinition>("deprecationReason", SpecifiedScalars.String, value => value.DeprecationReason),
    ])
    {
        Description = "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.",
    };

    private static ObjectType CreateDirectiveType() => new("__Directive", () =>
    [
        Define<DirectiveDefinition>("name", new NonNullType(SpecifiedScalars.String), directive => directive.Name),
        Define<DirectiveDefinition>("description", SpecifiedScalars.String, directive => directive.Description),
        Define<DirectiveDefinition>("isRepeatable", new NonNullType(SpecifiedScalars.Boolean), directive => directive.IsRepeatable),
        Define<DirectiveDefinition>("locations", NonNullList(DirectiveLocation), directive => directive.Locations),
        Define<DirectiveDefinition>("args", NonNullList(InputValue), (directive, context) =>
            directive.Arguments.Where(argument => IncludeDeprecated(context) || !argument.IsDeprecated).ToArray(), arguments: _includeDeprecatedArgument),
    ])
    {
        Description = "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.",
    };

    private static bool IncludeDeprecated(IResolveFieldContext context) =>
        context.Arguments.TryGetValue("includeDeprecated", out var value) && value is true;

    private static FieldDefinition Define<TSource>(string name, GraphQLType type, Func<TSource, object?> resolve, string? description = null) =>
        new(name, type) { Description = description, Resolver = context => new ValueTask<object?>(resolve((TSource)context.Source!)) };

    private static FieldDefinition Define<TSource>(string name, GraphQLType type, Func<TSource, IResolveFieldContext, object?> resolve, string? description = null, IReadOnlyList<InputValueDefinition>? arguments = null) =>
        new(name, type)
        {
            Description = description,
            Arguments = arguments ?? [],
            Resolver = context => new ValueTask<object?>(resolve((TSource)context.Source!, context)),
        };

    private static ListType List(GraphQLType ofType) => new(ofType);

    private static NonNullType NonNullList(GraphQLType ofType) => new(new ListType(new NonNullType(ofType)));

    private static EnumValueDefinition Location(DirectiveLocationEnum location, string name, string description) =>
        new(name, location) { Description = description };
}
