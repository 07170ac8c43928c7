using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Tests.Language;

public sealed class SchemaParserTests
{
    private static T Single<T>(string source)
        where T : DefinitionNode =>
        Assert.IsType<T>(Assert.Single(Parser.Parse(source).Definitions));

    private static string Error(string source) =>
        Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(source)).Message;

    [Fact]
    public void SchemaDefinition_HasRootOperationTypes()
    {
        var schema = Single<SchemaDefinitionNode>("\"The schema\" schema @link(url: \"x\") { query: Q mutation: M subscription: S }");
        Assert.Equal("The schema", schema.Description?.Value);
        Assert.Single(schema.Directives);
        Assert.Equal(
            [(OperationType.Query, "Q"), (OperationType.Mutation, "M"), (OperationType.Subscription, "S")],
            schema.OperationTypes.Select(o => (o.Operation, o.Type.Name.Value)));
    }

    [Fact]
    public void SchemaDefinition_WithoutOperationTypes_IsAnError() =>
        Assert.Equal("Syntax Error: Expected \"{\", found <EOF>.", Error("schema @dir"));

    [Fact]
    public void SchemaDefinition_WithUnknownOperation_IsAnError() =>
        Assert.Equal("Syntax Error: Unexpected Name \"other\".", Error("schema { other: Q }"));

    [Fact]
    public void ScalarDefinition_WithDescriptionAndDirectives()
    {
        var scalar = Single<ScalarTypeDefinitionNode>("\"\"\"An instant.\"\"\" scalar DateTime @specifiedBy(url: \"u\")");
        Assert.Equal(new StringValueNode("An instant.", true), scalar.Description! with { Location = null });
        Assert.Equal("DateTime", scalar.Name.Value);
        Assert.Single(scalar.Directives);
    }

    [Fact]
    public void ObjectDefinition_WithFieldsArgumentsAndDefaults()
    {
        var type = Single<ObjectTypeDefinitionNode>("""
            type Mentor {
              "The name."
              name: String!
              sessions(first: Int = 10 @constraint(max: 100), "Status" status: [Status!] = [BOOKED]): [Session] @deprecated
            }
            """);
        Assert.Equal("Mentor", type.Name.Value);
        Assert.Empty(type.Interfaces);
        Assert.Equal(2, type.Fields.Count);
        Assert.Equal("The name.", type.Fields[0].Description?.Value);
        var sessions = type.Fields[1];
        Assert.Equal(["first", "status"], sessions.Arguments.Select(a => a.Name.Value));
        Assert.Equal("10", Assert.IsType<IntValueNode>(sessions.Arguments[0].DefaultValue).Value);
        Assert.Single(sessions.Arguments[0].Directives);
        Assert.Equal("Status", sessions.Arguments[1].Description?.Value);
        Assert.IsType<ListTypeNode>(sessions.Type);
        Assert.Single(sessions.Directives);
    }

    [Fact]
    public void ObjectDefinition_WithoutFields_IsAllowed()
    {
        var type = Single<ObjectTypeDefinitionNode>("type Empty @dir");
        Assert.Empty(type.Fields);
        Assert.Single(type.Directives);
    }

    [Theory]
    [InlineData("type Mentor implements Person { a: Int }")]
    [InlineData("type Mentor implements & Person { a: Int }")]
    public void ImplementsOne_WithOrWithoutLeadingAmpersand(string source) =>
        Assert.Equal(["Person"], Single<ObjectTypeDefinitionNode>(source).Interfaces.Select(i => i.Name.Value));

    [Theory]
    [InlineData("type Mentor implements Node & Person & Reviewable")]
    [InlineData("type Mentor implements & Node & Person & Reviewable")]
    public void ImplementsMany_SeparatedByAmpersands(string source) =>
        Assert.Equal(["Node", "Person", "Reviewable"], Single<ObjectTypeDefinitionNode>(source).Interfaces.Select(i => i.Name.Value));

    [Fact]
    public void ImplementsWithoutAmpersand_IsAnError() =>
        Assert.Equal("Syntax Error: Unexpected Name \"Person\".", Error("type Mentor implements Node Person { a: Int }"));

    [Fact]
    public void ImplementsWithTrailingAmpersand_IsAnError() =>
        Assert.Equal("Syntax Error: Expected Name, found \"{\".", Error("type Mentor implements Node & { a: Int }"));

    [Fact]
    public void InterfaceDefinition_MayImplementInterfaces()
    {
        var type = Single<InterfaceTypeDefinitionNode>("interface Person implements Node & Named @key(fields: \"id\") { id: ID! }");
        Assert.Equal(["Node", "Named"], type.Interfaces.Select(i => i.Name.Value));
        Assert.Single(type.Directives);
        Assert.Single(type.Fields);
    }

    [Fact]
    public void UnionDefinition_WithMembers()
    {
        var union = Single<UnionTypeDefinitionNode>("union SearchResult @dir = | Mentor | Topic");
        Assert.Equal(["Mentor", "Topic"], union.Types.Select(t => t.Name.Value));
        Assert.Single(union.Directives);
    }

    [Fact]
    public void UnionDefinition_WithoutMembers_IsAllowed() =>
        Assert.Empty(Single<UnionTypeDefinitionNode>("union Nothing").Types);

    [Theory]
    [InlineData("union U =", "Syntax Error: Expected Name, found <EOF>.")]
    [InlineData("union U = | ", "Syntax Error: Expected Name, found <EOF>.")]
    [InlineData("union U = A |", "Syntax Error: Expected Name, found <EOF>.")]
    [InlineData("union U = || A", "Syntax Error: Expected Name, found \"|\".")]
    [InlineData("union U = A || B", "Syntax Error: Expected Name, found \"|\".")]
    public void UnionDefinition_Malformed_IsAnError(string source, string message) =>
        Assert.Equal(message, Error(source));

    [Fact]
    public void EnumDefinition_WithValuesDescriptionsAndDirectives()
    {
        var enumType = Single<EnumTypeDefinitionNode>("enum Status { \"Booked.\" BOOKED DONE @deprecated CANCELLED }");
        Assert.Equal(["BOOKED", "DONE", "CANCELLED"], enumType.Values.Select(v => v.Name.Value));
        Assert.Equal("Booked.", enumType.Values[0].Description?.Value);
        Assert.Single(enumType.Values[1].Directives);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("false")]
    [InlineData("null")]
    public void EnumValue_NamedTrueFalseOrNull_IsAnError(string name)
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse("enum E { A " + name + " }"));
        Assert.Equal("Syntax Error: Name \"" + name + "\" is reserved and cannot be used for an enum value.", error.Message);
        Assert.Equal((1, 12), (error.Line, error.Column));
    }

    [Fact]
    public void InputDefinition_WithFieldsAndDefaults()
    {
        var input = Single<InputObjectTypeDefinitionNode>("input BookInput { mentorId: ID! duration: Int = 30 @constraint(min: 15) notes: String = \"\"\"hi\"\"\" }");
        Assert.Equal(["mentorId", "duration", "notes"], input.Fields.Select(f => f.Name.Value));
        Assert.Single(input.Fields[1].Directives);
        Assert.True(Assert.IsType<StringValueNode>(input.Fields[2].DefaultValue).Block);
    }

    [Fact]
    public void InputField_WithArguments_IsAnError() =>
        Assert.Equal("Syntax Error: Expected \":\", found \"(\".", Error("input I { f(a: Int): Int }"));

    [Fact]
    public void DefaultValue_WithVariable_IsAnError() =>
        Assert.Equal("Syntax Error: Unexpected variable \"$v\" in constant value.", Error("type T { f(a: Int = $v): Int }"));

    [Fact]
    public void DirectiveInTypeSystem_WithVariableArgument_IsAnError() =>
        Assert.Equal("Syntax Error: Unexpected variable \"$v\" in constant value.", Error("type T @dir(a: $v)"));

    [Fact]
    public void DirectiveDefinition_WithArgumentsAndLocations()
    {
        var directive = Single<DirectiveDefinitionNode>("\"Cost.\" directive @cost(weight: Int! = 1) on FIELD_DEFINITION | OBJECT");
        Assert.Equal("Cost.", directive.Description?.Value);
        Assert.Equal("cost", directive.Name.Value);
        Assert.Single(directive.Arguments);
        Assert.False(directive.Repeatable);
        Assert.Equal(["FIELD_DEFINITION", "OBJECT"], directive.Locations.Select(l => l.Value));
    }

    [Fact]
    public void DirectiveDefinition_Repeatable_WithLeadingPipe()
    {
        var directive = Single<DirectiveDefinitionNode>("directive @tag(name: String!) repeatable on | FIELD | QUERY");
        Assert.True(directive.Repeatable);
        Assert.Equal(["FIELD", "QUERY"], directive.Locations.Select(l => l.Value));
    }

    [Fact]
    public void DirectiveDefinition_AcceptsEveryLocation()
    {
        var names = Enum.GetValues<DirectiveLocation>().Select(DirectiveLocationNames.ToName).ToList();
        var directive = Single<DirectiveDefinitionNode>("directive @all on " + string.Join(" | ", names));
        Assert.Equal(names, directive.Locations.Select(l => l.Value));
    }

    [Theory]
    [InlineData("directive @d on FIELD | UNKNOWN", "Syntax Error: Unexpected Name \"UNKNOWN\".", 25)]
    [InlineData("directive @d on field", "Syntax Error: Unexpected Name \"field\".", 17)]
    [InlineData("directive @d FIELD", "Syntax Error: Expected \"on\", found Name \"FIELD\".", 14)]
    [InlineData("directive d on FIELD", "Syntax Error: Expected \"@\", found Name \"d\".", 11)]
    [InlineData("directive @d repeatable", "Syntax Error: Expected \"on\", found <EOF>.", 24)]
    [InlineData("directive @d on", "Syntax Error: Expected Name, found <EOF>.", 16)]
    [InlineData("directive @d on FIELD |", "Syntax Error: Expected Name, found <EOF>.", 24)]
    public void DirectiveDefinition_Malformed_IsAnError(string source, string message, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(source));
        Assert.Equal(message, error.Message);
        Assert.Equal(column, error.Column);
    }

    [Theory]
    [InlineData("type T {}", "Syntax Error: Expected Name, found \"}\".")]
    [InlineData("interface I {}", "Syntax Error: Expected Name, found \"}\".")]
    [InlineData("enum E {}", "Syntax Error: Expected Name, found \"}\".")]
    [InlineData("input I {}", "Syntax Error: Expected Name, found \"}\".")]
    [InlineData("type T { f(): Int }", "Syntax Error: Expected Name, found \")\".")]
    [InlineData("directive @d() on FIELD", "Syntax Error: Expected Name, found \")\".")]
    [InlineData("schema {}", "Syntax Error: Unexpected \"}\".")]
    [InlineData("extend type T {}", "Syntax Error: Expected Name, found \"}\".")]
    [InlineData("extend schema {}", "Syntax Error: Unexpected \"}\".")]
    public void EmptyBracesInTypeSystem_AreErrors(string source, string message) =>
        Assert.Equal(message, Error(source));

    [Fact]
    public void Descriptions_MayBeStringsOrBlockStrings()
    {
        var document = Parser.Parse("\"single\" type A \"\"\"\n  block\n\"\"\" type B");
        var a = (ObjectTypeDefinitionNode)document.Definitions[0];
        var b = (ObjectTypeDefinitionNode)document.Definitions[1];
        Assert.Equal(("single", false), (a.Description!.Value, a.Description.Block));
        Assert.Equal(("block", true), (b.Description!.Value, b.Description.Block));
    }

    [Theory]
    [InlineData("\"desc\" query { a }", "Unexpected description, descriptions are supported only on type definitions.", 1)]
    [InlineData("\"desc\" fragment F on T { a }", "Unexpected description, descriptions are supported only on type definitions.", 1)]
    [InlineData("\"desc\" extend type T @d", "Unexpected description, descriptions are supported only on type definitions.", 1)]
    [InlineData("\"desc\" { a }", "Unexpected \"{\".", 8)]
    [InlineData("\"desc\"", "Unexpected <EOF>.", 7)]
    public void Description_OnNonTypeDefinition_IsAnError(string source, string description, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(source));
        Assert.Equal(description, error.Description);
        Assert.Equal(column, error.Column);
    }

    [Fact]
    public void SchemaExtension_WithDirectivesOnly()
    {
        var extension = Single<SchemaExtensionNode>("extend schema @link(url: \"x\")");
        Assert.Single(extension.Directives);
        Assert.Empty(extension.OperationTypes);
    }

    [Fact]
    public void SchemaExtension_WithOperationTypes()
    {
        var extension = Single<SchemaExtensionNode>("extend schema @d { subscription: S }");
        Assert.Single(extension.Directives);
        Assert.Equal(OperationType.Subscription, Assert.Single(extension.OperationTypes).Operation);
    }

    [Fact]
    public void ScalarExtension_WithDirectives() =>
        Assert.Equal("Url", Single<ScalarTypeExtensionNode>("extend scalar Url @specifiedBy(url: \"u\")").Name.Value);

    [Fact]
    public void ObjectExtension_WithInterfacesOnly() =>
        Assert.Equal(["Bookable"], Single<ObjectTypeExtensionNode>("extend type Mentor implements Bookable").Interfaces.Select(i => i.Name.Value));

    [Fact]
    public void ObjectExtension_WithEverything()
    {
        var extension = Single<ObjectTypeExtensionNode>("extend type Mentor implements A & B @d { f: Int }");
        Assert.Equal(2, extension.Interfaces.Count);
        Assert.Single(extension.Directives);
        Assert.Single(extension.Fields);
    }

    [Fact]
    public void InterfaceExtension_WithFields() =>
        Assert.Single(Single<InterfaceTypeExtensionNode>("extend interface Person { pronouns: String }").Fields);

    [Fact]
    public void InterfaceExtension_WithInterfaces() =>
        Assert.Single(Single<InterfaceTypeExtensionNode>("extend interface Person implements Node").Interfaces);

    [Fact]
    public void UnionExtension_WithMembers() =>
        Assert.Equal(["C"], Single<UnionTypeExtensionNode>("extend union U = C").Types.Select(t => t.Name.Value));

    [Fact]
    public void UnionExtension_WithDirectives() =>
        Assert.Single(Single<UnionTypeExtensionNode>("extend union U @d").Directives);

    [Fact]
    public void EnumExtension_WithValues() =>
        Assert.Single(Single<EnumTypeExtensionNode>("extend enum Status { NO_SHOW }").Values);

    [Fact]
    public void InputExtension_WithFields() =>
        Assert.Single(Single<InputObjectTypeExtensionNode>("extend input I { timezone: String = \"UTC\" }").Fields);

    [Theory]
    [InlineData("extend schema", 14)]
    [InlineData("extend scalar S", 16)]
    [InlineData("extend type T", 14)]
    [InlineData("extend interface I", 19)]
    [InlineData("extend union U", 15)]
    [InlineData("extend enum E", 14)]
    [InlineData("extend input I", 15)]
    public void Extension_AddingNothing_IsAnError(string source, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(source));
        Assert.Equal("Syntax Error: Unexpected <EOF>.", error.Message);
        Assert.Equal(column, error.Column);
    }

    [Fact]
    public void Extension_AddingNothing_BeforeAnotherDefinition_IsAnError() =>
        Assert.Equal("Syntax Error: Unexpected Name \"type\".", Error("extend type T\ntype U"));

    [Theory]
    [InlineData("extend directive @d on FIELD", "Syntax Error: Unexpected Name \"directive\".")]
    [InlineData("extend query { a }", "Syntax Error: Unexpected Name \"query\".")]
    [InlineData("extend", "Syntax Error: Unexpected <EOF>.")]
    [InlineData("extend {", "Syntax Error: Unexpected \"{\".")]
    public void Extension_OfSomethingNotExtensible_IsAnError(string source, string message) =>
        Assert.Equal(message, Error(source));

    [Fact]
    public void Extensions_HaveNoDescription() =>
        Assert.Equal(
            "Syntax Error: Unexpected description, descriptions are supported only on type definitions.",
            Error("\"\"\"desc\"\"\" extend scalar S @d"));

    [Fact]
    public void MixedDocument_HoldsExecutableAndTypeSystemDefinitions()
    {
        var document = Parser.Parse("type Query { a: Int } { a } extend type Query { b: Int } fragment F on Query { b }");
        Assert.Equal(
            [SyntaxKind.ObjectTypeDefinition, SyntaxKind.OperationDefinition, SyntaxKind.ObjectTypeExtension, SyntaxKind.FragmentDefinition],
            document.Definitions.Select(d => d.Kind));
    }
}
