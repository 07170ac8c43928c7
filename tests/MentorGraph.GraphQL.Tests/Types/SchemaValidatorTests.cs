using MentorGraph.GraphQL.Types;
using MentorGraph.GraphQL.Types.Builders;
using MentorGraph.GraphQL.Types.Scalars;

namespace MentorGraph.GraphQL.Tests.Types;

/// <summary>Spec 3 "Type Validation": each rule, with graphql-js's message and the SDL location.</summary>
public sealed class SchemaValidatorTests
{
    private static List<string> Errors(string sdl)
    {
        var exception = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.FromSdl(sdl));
        return [.. exception.Errors.Select(error => error.Message)];
    }

    private static GraphQLError SingleError(string sdl)
    {
        var exception = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.FromSdl(sdl));
        return Assert.Single(exception.Errors);
    }

    [Fact]
    public void ValidSchema_HasNoErrors()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: String }");

        Assert.Empty(SchemaValidator.Validate(schema));
        Assert.Empty(schema.ValidationErrors);
    }

    [Fact]
    public void RootTypes_QueryMissing_IsRejected()
    {
        Assert.Equal(["Query root type must be provided."], Errors("type Mutation { a: String }"));
    }

    [Fact]
    public void RootTypes_SameTypeForTwoOperations_IsRejected()
    {
        var error = SingleError("schema { query: Q mutation: Q }\ntype Q { a: String }");

        Assert.Equal("All root types must be different, \"Q\" type is used as query and mutation root types.", error.Message);
        Assert.Equal([new ErrorLocation(1, 17), new ErrorLocation(1, 29)], error.Locations);
    }

    [Fact]
    public void RootTypes_NotAnObjectType_IsRejected()
    {
        Assert.Equal(["Query root type must be Object type, it cannot be Q."], Errors("schema { query: Q }\ninput Q { a: String }"));
    }

    [Fact]
    public void Object_WithoutFields_IsRejected()
    {
        var error = SingleError("type Query { a: Empty }\ntype Empty");

        Assert.Equal("Type Empty must define one or more fields.", error.Message);
        Assert.Equal([new ErrorLocation(2, 1)], error.Locations);
    }

    [Fact]
    public void Names_StartingWithTwoUnderscores_AreRejected()
    {
        Assert.Equal(
            [
                "Name \"__Bad\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                "Name \"__field\" must not begin with \"__\", which is reserved by GraphQL introspection.",
            ],
            Errors("type Query { a: __Bad }\ntype __Bad { __field: String }"));
    }

    [Fact]
    public void Field_WithInputType_IsRejected()
    {
        Assert.Equal(["The type of Query.a must be Output Type but got: In."], Errors("type Query { a: In }\ninput In { x: Int }"));
    }

    [Fact]
    public void Argument_WithOutputType_IsRejected()
    {
        Assert.Equal(["The type of Query.a(o:) must be Input Type but got: Query."], Errors("type Query { a(o: Query): Int }"));
    }

    [Fact]
    public void RequiredArgument_Deprecated_IsRejected()
    {
        var error = SingleError("type Query { a(x: Int! @deprecated): Int }");

        Assert.Equal("Required argument Query.a(x:) cannot be deprecated.", error.Message);
        Assert.Equal([new ErrorLocation(1, 24), new ErrorLocation(1, 19)], error.Locations);
    }

    [Fact]
    public void DuplicateFieldsAndArguments_AreRejected()
    {
        Assert.Equal(
            ["Field \"Query.a\" can only be defined once.", "Argument \"Query.b(x:)\" can only be defined once."],
            Errors("type Query { a: Int a: String b(x: Int, x: Int): Int }"));
    }

    [Fact]
    public void Interface_FieldMissing_IsRejected()
    {
        Assert.Equal(
            ["Interface field Node.id expected but Mentor does not provide it."],
            Errors("type Query { m: Mentor }\ninterface Node { id: ID! }\ntype Mentor implements Node { name: String }"));
    }

    [Fact]
    public void Interface_FieldTypeCovariant_IsAccepted()
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query { m: Mentor }
            interface Node { id: ID related: [Node] owner: Named }
            interface Named { name: String }
            type Person implements Named { name: String }
            type Mentor implements Node { id: ID! related: [Mentor!]! owner: Person }
            """);

        Assert.Empty(schema.ValidationErrors);
    }

    [Fact]
    public void Interface_FieldTypeNotSubtype_IsRejected()
    {
        Assert.Equal(
            [
                "Interface field Node.id expects type ID! but Mentor.id is type ID.",
                "Interface field Node.tags expects type [String] but Mentor.tags is type String.",
            ],
            Errors("type Query { m: Mentor }\ninterface Node { id: ID! tags: [String] }\ntype Mentor implements Node { id: ID tags: String }"));
    }

    [Fact]
    public void Interface_ArgumentMissingOrDifferent_IsRejected()
    {
        Assert.Equal(
            [
                "Interface field argument Node.a(x:) expected but Mentor.a does not provide it.",
                "Interface field argument Node.b(y:) expects type Int but Mentor.b(y:) is type Int!.",
                "Object field Mentor.c includes required argument z that is missing from the Interface field Node.c.",
            ],
            Errors("""
                type Query { m: Mentor }
                interface Node { a(x: Int): Int b(y: Int): Int c: Int }
                type Mentor implements Node { a: Int b(y: Int!): Int c(z: Int!): Int }
                """));
    }

    [Fact]
    public void Interface_TransitiveInterfaceNotDeclared_IsRejected()
    {
        var error = SingleError("""
            type Query { m: Mentor }
            interface Node { id: ID }
            interface Person implements Node { id: ID }
            type Mentor implements Person { id: ID }
            """);

        Assert.Equal("Type Mentor must implement Node because it is implemented by Person.", error.Message);
        Assert.Equal([new ErrorLocation(3, 29), new ErrorLocation(4, 24)], error.Locations);
    }

    [Fact]
    public void Interface_ImplementingItself_IsRejected()
    {
        Assert.Contains(
            "Type Node cannot implement itself because it would create a circular reference.",
            Errors("type Query { n: Node }\ninterface Node implements Node { id: ID }"));
    }

    [Fact]
    public void Interface_Cycle_IsRejected()
    {
        Assert.Contains(
            "Type A cannot implement B because it would create a circular reference.",
            Errors("type Query { a: A }\ninterface A implements B { id: ID }\ninterface B implements A { id: ID }"));
    }

    [Fact]
    public void Interface_ImplementedTwice_IsRejected()
    {
        Assert.Equal(["Type M can only implement I once."], Errors("type Query { m: M }\ninterface I { id: ID }\ntype M implements I & I { id: ID }"));
    }

    [Fact]
    public void Object_ImplementingNonInterface_IsRejected()
    {
        Assert.Equal(["Type M must only implement Interface types, it cannot implement O."], Errors("type Query { m: M }\ntype O { id: ID }\ntype M implements O { id: ID }"));
    }

    [Fact]
    public void Union_MemberNotObject_IsRejected()
    {
        Assert.Equal(["Union type U can only include Object types, it cannot include I."], Errors("type Query { u: U }\ninterface I { id: ID }\nunion U = I"));
    }

    [Fact]
    public void Union_MemberTwice_IsRejected()
    {
        Assert.Equal(["Union type U can only include type A once."], Errors("type Query { u: U }\ntype A { id: ID }\nunion U = A | A"));
    }

    [Fact]
    public void Union_WithoutMembers_IsRejected()
    {
        Assert.Equal(["Union type U must define one or more member types."], Errors("type Query { u: U }\nunion U"));
    }

    [Fact]
    public void Enum_WithoutValues_IsRejected()
    {
        Assert.Equal(["Enum type E must define one or more values."], Errors("type Query { e: E }\nenum E"));
    }

    [Fact]
    public void Enum_ValueNamedTrueInCode_IsRejected()
    {
        var enumType = new EnumType("E", [new EnumValueDefinition("true"), new EnumValueDefinition("A")]);
        var query = new ObjectType("Query", () => [new FieldDefinition("e", enumType)]);

        var errors = SchemaValidator.Validate(new Schema(new SchemaConfig { Query = query }));

        Assert.Equal("Enum values cannot be named: true", Assert.Single(errors).Message);
    }

    [Fact]
    public void Enum_DuplicateValue_IsRejected()
    {
        Assert.Equal(["Enum value \"E.A\" can only be defined once."], Errors("type Query { e: E }\nenum E { A A }"));
    }

    [Fact]
    public void InputObject_WithoutFields_IsRejected()
    {
        Assert.Equal(["Input Object type I must define one or more fields."], Errors("type Query { a(i: I): Int }\ninput I"));
    }

    [Fact]
    public void InputObject_FieldWithOutputType_IsRejected()
    {
        Assert.Equal(["The type of I.q must be Input Type but got: Query."], Errors("type Query { a(i: I): Int }\ninput I { q: Query }"));
    }

    [Fact]
    public void InputObject_RequiredFieldDeprecated_IsRejected()
    {
        Assert.Equal(["Required input field I.x cannot be deprecated."], Errors("type Query { a(i: I): Int }\ninput I { x: Int! @deprecated }"));
    }

    [Fact]
    public void InputObject_NonNullCycle_IsRejected()
    {
        var error = SingleError("""
            type Query { a(i: A): Int }
            input A { b: B! }
            input B { a: A! }
            """);

        Assert.Equal("Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.a\".", error.Message);
        Assert.Equal([new ErrorLocation(2, 11), new ErrorLocation(3, 11)], error.Locations);
    }

    [Fact]
    public void InputObject_CycleThroughNullableOrList_IsAccepted()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a(i: A): Int }\ninput A { b: B! }\ninput B { a: A list: [A!]! }");

        Assert.Empty(schema.ValidationErrors);
    }

    [Fact]
    public void OneOf_NonNullFieldAndDefault_AreRejected()
    {
        Assert.Equal(
            ["OneOf input field I.a must be nullable.", "OneOf input field I.b cannot have a default value."],
            Errors("type Query { x(i: I): Int }\ninput I @oneOf { a: Int! b: Int = 1 }"));
    }

    [Fact]
    public void Directive_WithoutDoubleUnderscore_AndUniqueArguments()
    {
        Assert.Equal(
            [
                "Name \"__d\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                "Argument \"@__d(a:)\" can only be defined once.",
            ],
            Errors("type Query { a: Int }\ndirective @__d(a: Int, a: Int) on FIELD"));
    }

    [Fact]
    public void Directive_ArgumentWithOutputType_IsRejected()
    {
        Assert.Equal(["The type of @d(a:) must be Input Type but got: Query."], Errors("type Query { a: Int }\ndirective @d(a: Query) on FIELD"));
    }

    [Fact]
    public void AppliedDirectives_UnknownMisplacedRepeatedOrMissingArguments_AreRejected()
    {
        Assert.Equal(
            [
                "Unknown directive \"@nope\".",
                "Directive \"@specifiedBy\" may not be used on FIELD_DEFINITION.",
                "Directive \"@specifiedBy\" argument \"url\" of type \"String!\" is required, but it was not provided.",
                "The directive \"@deprecated\" can only be used once at this location.",
                "Unknown argument \"why\" on directive \"@deprecated\".",
            ],
            Errors("type Query { a: Int @nope b: Int @specifiedBy c: Int @deprecated @deprecated(why: \"x\") }"));
    }

    [Fact]
    public void DuplicateTypeNamesInCode_AreRejected()
    {
        var first = new ObjectType("Same", () => [new FieldDefinition("a", SpecifiedScalars.Int)]);
        var second = new ObjectType("Same", () => [new FieldDefinition("b", SpecifiedScalars.Int)]);
        var query = new ObjectType("Query", () => [new FieldDefinition("a", first), new FieldDefinition("b", second)]);

        var errors = SchemaValidator.Validate(new Schema(new SchemaConfig { Query = query }));

        Assert.Equal("Schema must contain uniquely named types but contains multiple types named \"Same\".", Assert.Single(errors).Message);
    }

    [Fact]
    public void InvalidNamesInCode_AreRejected()
    {
        var query = new ObjectType("Query", () => [new FieldDefinition("1st", SpecifiedScalars.Int), new FieldDefinition("a-b", SpecifiedScalars.Int)]);

        var errors = SchemaValidator.Validate(new Schema(new SchemaConfig { Query = query }));

        Assert.Equal(
            ["Names must start with [_a-zA-Z] but \"1st\" does not.", "Names must only contain [_a-zA-Z0-9] but \"a-b\" does not."],
            errors.Select(error => error.Message));
    }

    [Fact]
    public void Exception_ListsEveryErrorWithLocations()
    {
        var exception = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.FromSdl("type Query { a: In }\ninput In { x: Query }"));

        Assert.Equal(
            "The schema is invalid:\n- The type of Query.a must be Output Type but got: In. (1:17)\n- The type of In.x must be Input Type but got: Query. (2:15)",
            exception.Message);
    }
}
