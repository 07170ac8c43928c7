using MentorGraph.GraphQL.Introspection;
using MentorGraph.GraphQL.Tests.Types;
using MentorGraph.GraphQL.Types;
using MentorGraph.GraphQL.Types.Builders;
using MentorGraph.GraphQL.Types.Scalars;

namespace MentorGraph.GraphQL.Tests.Introspection;

/// <summary>Spec 4.2: the introspection types' resolvers over the engine's own type objects.</summary>
public sealed class IntrospectionTypesTests
{
    private static readonly Schema _schema = SchemaBuilder.FromSdl("""
        "The MentorGraph API."
        schema { query: Query }

        "Marks a field as costly."
        directive @cost(weight: Int = 1, old: Int @deprecated) repeatable on FIELD_DEFINITION

        type Query {
          mentors(first: Int = 20, filter: Filter = {language: "uk", tags: ["a"]}, legacy: Boolean @deprecated(reason: "Gone.")): [Mentor!]!
          node: Node
        }

        interface Node { id: ID! }

        type Mentor implements Node {
          id: ID!
          name: String
          nickname: String @deprecated
        }

        enum Status { ACTIVE PAUSED @deprecated(reason: "Use ACTIVE.") }

        input Filter { language: String tags: [String!] status: Status = ACTIVE old: Int @deprecated }

        input Choice @oneOf { a: Int b: String }

        scalar DateTime @specifiedBy(url: "https://scalars.graphql.org/andimarek/date-time")
        """);

    private static object? Resolve(ComplexType type, string field, object? source, Dictionary<string, object?>? arguments = null) =>
        FakeResolveFieldContext.Resolve(_schema, type, field, source, arguments);

    [Fact]
    public void Schema_TypeMap_IncludesTheIntrospectionTypes()
    {
        foreach (var type in IntrospectionTypes.All)
        {
            Assert.Same(type, _schema.GetType(type.Name));
        }

        Assert.Same(SpecifiedScalars.Boolean, _schema.GetType("Boolean"));
    }

    [Fact]
    public void SchemaType_ReportsDescriptionRootTypesAndDirectives()
    {
        Assert.Equal("The MentorGraph API.", Resolve(IntrospectionTypes.Schema, "description", _schema));
        Assert.Same(_schema.QueryType, Resolve(IntrospectionTypes.Schema, "queryType", _schema));
        Assert.Null(Resolve(IntrospectionTypes.Schema, "mutationType", _schema));
        var types = Assert.IsAssignableFrom<IEnumerable<NamedType>>(Resolve(IntrospectionTypes.Schema, "types", _schema));
        Assert.Contains(types, type => type.Name == "__Schema");
        var directives = Assert.IsAssignableFrom<IEnumerable<DirectiveDefinition>>(Resolve(IntrospectionTypes.Schema, "directives", _schema));
        Assert.Equal(["cost", "include", "skip", "deprecated", "specifiedBy", "oneOf"], directives.Select(directive => directive.Name));
    }

    [Fact]
    public void Type_Fields_HideDeprecatedUnlessAsked()
    {
        var mentor = _schema.GetType("Mentor")!;

        var fields = (IEnumerable<FieldDefinition>)Resolve(IntrospectionTypes.Type, "fields", mentor)!;
        var all = (IEnumerable<FieldDefinition>)Resolve(IntrospectionTypes.Type, "fields", mentor, new() { ["includeDeprecated"] = true })!;

        Assert.Equal(["id", "name"], fields.Select(field => field.Name));
        Assert.Equal(["id", "name", "nickname"], all.Select(field => field.Name));
        var nickname = all.Last();
        Assert.Equal(true, Resolve(IntrospectionTypes.Field, "isDeprecated", nickname));
        Assert.Equal("No longer supported", Resolve(IntrospectionTypes.Field, "deprecationReason", nickname));
    }

    [Fact]
    public void Type_KindNameAndOfType_DescribeWrappingTypes()
    {
        var mentors = _schema.QueryType!.GetField("mentors")!;

        Assert.Equal(TypeKind.NonNull, Resolve(IntrospectionTypes.Type, "kind", mentors.Type));
        Assert.Null(Resolve(IntrospectionTypes.Type, "name", mentors.Type));
        var list = Assert.IsType<ListType>(Resolve(IntrospectionTypes.Type, "ofType", mentors.Type));
        Assert.Equal("NON_NULL", IntrospectionTypes.TypeKind.Serialize(Resolve(IntrospectionTypes.Type, "kind", list.OfType)!));
        Assert.Null(Resolve(IntrospectionTypes.Type, "fields", list));
    }

    [Fact]
    public void Type_KindSpecificFields_AreNullForOtherKinds()
    {
        var node = _schema.GetType("Node")!;
        var status = _schema.GetType("Status")!;

        Assert.Equal(["Mentor"], ((IEnumerable<ObjectType>)Resolve(IntrospectionTypes.Type, "possibleTypes", node)!).Select(type => type.Name));
        Assert.Null(Resolve(IntrospectionTypes.Type, "possibleTypes", _schema.GetType("Mentor")));
        Assert.Null(Resolve(IntrospectionTypes.Type, "enumValues", node));
        Assert.Null(Resolve(IntrospectionTypes.Type, "inputFields", status));
        Assert.Null(Resolve(IntrospectionTypes.Type, "interfaces", status));
        Assert.Null(Resolve(IntrospectionTypes.Type, "isOneOf", status));
    }

    [Fact]
    public void Type_EnumValues_HideDeprecatedUnlessAsked()
    {
        var status = _schema.GetType("Status")!;

        var values = (IEnumerable<EnumValueDefinition>)Resolve(IntrospectionTypes.Type, "enumValues", status)!;
        var all = ((IEnumerable<EnumValueDefinition>)Resolve(IntrospectionTypes.Type, "enumValues", status, new() { ["includeDeprecated"] = true })!).ToList();

        Assert.Equal(["ACTIVE"], values.Select(value => value.Name));
        Assert.Equal("Use ACTIVE.", Resolve(IntrospectionTypes.EnumValue, "deprecationReason", all[1]));
    }

    [Fact]
    public void Type_InputFields_HideDeprecatedUnlessAsked_AndIsOneOf()
    {
        var filter = _schema.GetType("Filter")!;

        var fields = (IEnumerable<InputValueDefinition>)Resolve(IntrospectionTypes.Type, "inputFields", filter)!;
        var all = (IEnumerable<InputValueDefinition>)Resolve(IntrospectionTypes.Type, "inputFields", filter, new() { ["includeDeprecated"] = true })!;

        Assert.Equal(["language", "tags", "status"], fields.Select(field => field.Name));
        Assert.Equal(4, all.Count());
        Assert.Equal(false, Resolve(IntrospectionTypes.Type, "isOneOf", filter));
        Assert.Equal(true, Resolve(IntrospectionTypes.Type, "isOneOf", _schema.GetType("Choice")));
    }

    [Fact]
    public void Field_Args_HideDeprecatedUnlessAsked_AndPrintDefaultsAsLiterals()
    {
        var mentors = _schema.QueryType!.GetField("mentors")!;

        var args = ((IEnumerable<InputValueDefinition>)Resolve(IntrospectionTypes.Field, "args", mentors)!).ToList();
        var all = (IEnumerable<InputValueDefinition>)Resolve(IntrospectionTypes.Field, "args", mentors, new() { ["includeDeprecated"] = true })!;

        Assert.Equal(["first", "filter"], args.Select(arg => arg.Name));
        Assert.Equal(3, all.Count());
        Assert.Equal("20", Resolve(IntrospectionTypes.InputValue, "defaultValue", args[0]));
        Assert.Equal("{language: \"uk\", tags: [\"a\"]}", Resolve(IntrospectionTypes.InputValue, "defaultValue", args[1]));
        Assert.Equal("ACTIVE", Resolve(IntrospectionTypes.InputValue, "defaultValue", ((InputObjectType)_schema.GetType("Filter")!).GetField("status")));
        Assert.Null(Resolve(IntrospectionTypes.InputValue, "defaultValue", ((InputObjectType)_schema.GetType("Filter")!).GetField("language")));
    }

    [Fact]
    public void Directive_ReportsRepeatableLocationsAndArgs()
    {
        var cost = _schema.GetDirective("cost")!;

        Assert.Equal(true, Resolve(IntrospectionTypes.Directive, "isRepeatable", cost));
        Assert.Equal("Marks a field as costly.", Resolve(IntrospectionTypes.Directive, "description", cost));
        var locations = (IEnumerable<MentorGraph.GraphQL.Language.Ast.DirectiveLocation>)Resolve(IntrospectionTypes.Directive, "locations", cost)!;
        Assert.Equal(["FIELD_DEFINITION"], locations.Select(location => (string)IntrospectionTypes.DirectiveLocation.Serialize(location)));
        Assert.Single((IEnumerable<InputValueDefinition>)Resolve(IntrospectionTypes.Directive, "args", cost)!);
        Assert.Equal(2, ((IEnumerable<InputValueDefinition>)Resolve(IntrospectionTypes.Directive, "args", cost, new() { ["includeDeprecated"] = true })!).Count());
    }

    [Fact]
    public void Scalar_SpecifiedByUrl()
    {
        Assert.Equal("https://scalars.graphql.org/andimarek/date-time", Resolve(IntrospectionTypes.Type, "specifiedByURL", _schema.GetType("DateTime")));
        Assert.Null(Resolve(IntrospectionTypes.Type, "specifiedByURL", SpecifiedScalars.Int));
    }

    [Fact]
    public async Task MetaFields_ResolveSchemaTypeAndTypeName()
    {
        var context = new FakeResolveFieldContext(_schema, null, new Dictionary<string, object?> { ["name"] = "Mentor" });

        Assert.Same(_schema, await IntrospectionFields.Schema.Resolver!(context));
        Assert.Same(_schema.GetType("Mentor"), await IntrospectionFields.Type.Resolver!(context));
        Assert.Equal("Query", await IntrospectionFields.TypeName.Resolver!(context));
        Assert.Equal("__schema: __Schema!", $"{IntrospectionFields.Schema.Name}: {IntrospectionFields.Schema.Type}");
        Assert.Equal("__Type", IntrospectionFields.Type.Type.ToString());
        Assert.Same(IntrospectionFields.Schema, IntrospectionFields.Find(_schema, _schema.QueryType!, "__schema"));
        Assert.Null(IntrospectionFields.Find(_schema, _schema.GetType("Mentor")!, "__schema"));
        Assert.Same(IntrospectionFields.TypeName, IntrospectionFields.Find(_schema, _schema.GetType("Node")!, "__typename"));
    }

    [Fact]
    public void IntrospectionTypes_AreValid()
    {
        Assert.Empty(_schema.ValidationErrors);
        Assert.Equal(
            ["kind", "name", "description", "specifiedByURL", "fields", "interfaces", "possibleTypes", "enumValues", "inputFields", "ofType", "isOneOf"],
            IntrospectionTypes.Type.Fields.Select(field => field.Name));
    }
}
