using System.Text;
using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Tests.Language;

public sealed class ParserTests
{
    private static OperationDefinitionNode Operation(string source) =>
        Assert.IsType<OperationDefinitionNode>(Assert.Single(Parser.Parse(source).Definitions));

    private static FieldNode FirstField(string source) =>
        Assert.IsType<FieldNode>(Operation(source).SelectionSet.Selections[0]);

    [Fact]
    public void Shorthand_IsAnAnonymousQuery()
    {
        var operation = Operation("{ mentor }");
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Null(operation.Name);
        Assert.Empty(operation.VariableDefinitions);
        Assert.Empty(operation.Directives);
        Assert.Equal("mentor", Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections)).Name.Value);
    }

    [Theory]
    [InlineData("query Q { a }", OperationType.Query)]
    [InlineData("mutation M { a }", OperationType.Mutation)]
    [InlineData("subscription S { a }", OperationType.Subscription)]
    public void NamedOperation_HasItsType(string source, OperationType type)
    {
        var operation = Operation(source);
        Assert.Equal(type, operation.Operation);
        Assert.NotNull(operation.Name);
    }

    [Fact]
    public void AnonymousOperation_WithKeyword_HasNoName()
    {
        var operation = Operation("mutation { a }");
        Assert.Equal(OperationType.Mutation, operation.Operation);
        Assert.Null(operation.Name);
    }

    [Fact]
    public void VariableDefinitions_HaveTypesDefaultsAndDirectives()
    {
        var operation = Operation("query Q($a: Int = 1, $b: [String!]! @sensitive(level: 2), $c: In = {x: [1, 2.5]}) { f }");
        Assert.Equal(3, operation.VariableDefinitions.Count);

        var a = operation.VariableDefinitions[0];
        Assert.Equal("a", a.Variable.Name.Value);
        Assert.Equal("Int", Assert.IsType<NamedTypeNode>(a.Type).Name.Value);
        Assert.Equal("1", Assert.IsType<IntValueNode>(a.DefaultValue).Value);

        var b = operation.VariableDefinitions[1];
        var list = Assert.IsType<ListTypeNode>(Assert.IsType<NonNullTypeNode>(b.Type).Type);
        Assert.Equal("String", Assert.IsType<NamedTypeNode>(Assert.IsType<NonNullTypeNode>(list.Type).Type).Name.Value);
        Assert.Null(b.DefaultValue);
        var directive = Assert.Single(b.Directives);
        Assert.Equal("sensitive", directive.Name.Value);
        Assert.Equal("level", Assert.Single(directive.Arguments).Name.Value);

        var c = operation.VariableDefinitions[2];
        var field = Assert.Single(Assert.IsType<ObjectValueNode>(c.DefaultValue).Fields);
        Assert.Equal(2, Assert.IsType<ListValueNode>(field.Value).Values.Count);
    }

    [Fact]
    public void Field_WithAliasArgumentsDirectivesAndSelections()
    {
        var field = FirstField("{ top: mentors(first: 5, after: $cursor) @include(if: $all) @cached { id } }");
        Assert.Equal("top", field.Alias?.Value);
        Assert.Equal("mentors", field.Name.Value);
        Assert.Equal(["first", "after"], field.Arguments.Select(a => a.Name.Value));
        Assert.Equal("cursor", Assert.IsType<VariableNode>(field.Arguments[1].Value).Name.Value);
        Assert.Equal(["include", "cached"], field.Directives.Select(d => d.Name.Value));
        Assert.Empty(field.Directives[1].Arguments);
        Assert.Single(field.SelectionSet!.Selections);
    }

    [Fact]
    public void Field_WithoutSelections_HasNullSelectionSet()
    {
        var field = FirstField("{ id }");
        Assert.Null(field.Alias);
        Assert.Empty(field.Arguments);
        Assert.Empty(field.Directives);
        Assert.Null(field.SelectionSet);
    }

    [Theory]
    [InlineData("query")]
    [InlineData("mutation")]
    [InlineData("subscription")]
    [InlineData("fragment")]
    [InlineData("on")]
    [InlineData("true")]
    [InlineData("null")]
    [InlineData("type")]
    [InlineData("extend")]
    public void Keywords_AreAllowedAsFieldNames(string keyword)
    {
        var field = FirstField("{ " + keyword + ": " + keyword + "(" + keyword + ": " + keyword + ") }");
        Assert.Equal(keyword, field.Alias?.Value);
        Assert.Equal(keyword, field.Name.Value);
        Assert.Equal(keyword, field.Arguments[0].Name.Value);
    }

    [Fact]
    public void FragmentSpread_HasNameAndDirectives()
    {
        var spread = Assert.IsType<FragmentSpreadNode>(Operation("{ ...MentorCard @skip(if: false) }").SelectionSet.Selections[0]);
        Assert.Equal("MentorCard", spread.Name.Value);
        Assert.Equal("skip", Assert.Single(spread.Directives).Name.Value);
    }

    [Fact]
    public void InlineFragment_WithTypeCondition()
    {
        var inline = Assert.IsType<InlineFragmentNode>(Operation("{ ... on Mentor @include(if: true) { bio } }").SelectionSet.Selections[0]);
        Assert.Equal("Mentor", inline.TypeCondition?.Name.Value);
        Assert.Single(inline.Directives);
        Assert.Single(inline.SelectionSet.Selections);
    }

    [Fact]
    public void InlineFragment_WithoutTypeCondition()
    {
        var selections = Operation("{ ... @include(if: true) { a } ... { b } }").SelectionSet.Selections;
        var first = Assert.IsType<InlineFragmentNode>(selections[0]);
        var second = Assert.IsType<InlineFragmentNode>(selections[1]);
        Assert.Null(first.TypeCondition);
        Assert.Single(first.Directives);
        Assert.Null(second.TypeCondition);
        Assert.Empty(second.Directives);
    }

    [Fact]
    public void SpreadOfFragmentNamedLikeKeyword_IsASpread()
    {
        var spread = Assert.IsType<FragmentSpreadNode>(Operation("{ ...query }").SelectionSet.Selections[0]);
        Assert.Equal("query", spread.Name.Value);
    }

    [Fact]
    public void FragmentDefinition_HasTypeConditionAndDirectives()
    {
        var fragment = Assert.IsType<FragmentDefinitionNode>(Assert.Single(Parser.Parse("fragment Card on Mentor @dir { id }").Definitions));
        Assert.Equal("Card", fragment.Name.Value);
        Assert.Equal("Mentor", fragment.TypeCondition.Name.Value);
        Assert.Single(fragment.Directives);
        Assert.Single(fragment.SelectionSet.Selections);
    }

    [Fact]
    public void Document_WithManyDefinitions_KeepsTheirOrder()
    {
        var document = Parser.Parse("query A { a } fragment F on T { f } { b } mutation B { c }");
        Assert.Equal(
            [SyntaxKind.OperationDefinition, SyntaxKind.FragmentDefinition, SyntaxKind.OperationDefinition, SyntaxKind.OperationDefinition],
            document.Definitions.Select(d => d.Kind));
    }

    [Fact]
    public void Values_OfEveryKind()
    {
        var arguments = FirstField(
            "{ f(i: -12, fl: 1.5e3, s: \"str\", b: \"\"\"blk\"\"\", t: true, f: false, n: null, e: ACTIVE, v: $var, l: [1, \"two\", [3]], o: {a: 1, b: {c: []}}, empty: {}) }").Arguments;
        Assert.Equal("-12", Assert.IsType<IntValueNode>(arguments[0].Value).Value);
        Assert.Equal("1.5e3", Assert.IsType<FloatValueNode>(arguments[1].Value).Value);
        Assert.Equal(new StringValueNode("str", false), arguments[2].Value with { Location = null });
        Assert.Equal(new StringValueNode("blk", true), arguments[3].Value with { Location = null });
        Assert.True(Assert.IsType<BooleanValueNode>(arguments[4].Value).Value);
        Assert.False(Assert.IsType<BooleanValueNode>(arguments[5].Value).Value);
        Assert.IsType<NullValueNode>(arguments[6].Value);
        Assert.Equal("ACTIVE", Assert.IsType<EnumValueNode>(arguments[7].Value).Value);
        Assert.Equal("var", Assert.IsType<VariableNode>(arguments[8].Value).Name.Value);
        var list = Assert.IsType<ListValueNode>(arguments[9].Value);
        Assert.Equal([SyntaxKind.IntValue, SyntaxKind.StringValue, SyntaxKind.ListValue], list.Values.Select(v => v.Kind));
        var obj = Assert.IsType<ObjectValueNode>(arguments[10].Value);
        Assert.Equal(["a", "b"], obj.Fields.Select(f => f.Name.Value));
        Assert.Empty(Assert.IsType<ObjectValueNode>(arguments[11].Value).Fields);
    }

    [Fact]
    public void ParseValue_AllowsVariables()
    {
        var value = Assert.IsType<ListValueNode>(Parser.ParseValue("[123 \"abc\" $v]"));
        Assert.Equal([SyntaxKind.IntValue, SyntaxKind.StringValue, SyntaxKind.Variable], value.Values.Select(v => v.Kind));
    }

    [Fact]
    public void ParseValue_ReadsBlockStrings()
    {
        var value = Assert.IsType<ListValueNode>(Parser.ParseValue("[\"\"\"long\"\"\" \"short\"]"));
        Assert.Equal([true, false], value.Values.Cast<StringValueNode>().Select(s => s.Block));
    }

    [Fact]
    public void ParseConstValue_ReadsConstantValues()
    {
        var value = Assert.IsType<ObjectValueNode>(Parser.ParseConstValue("{ kinds: [MENTOR], since: \"2024\" }"));
        Assert.Equal(2, value.Fields.Count);
    }

    [Fact]
    public void ParseConstValue_RejectsVariables()
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.ParseConstValue("{ a: [1, $v] }"));
        Assert.Equal("Syntax Error: Unexpected variable \"$v\" in constant value.", error.Message);
        Assert.Equal((1, 10), (error.Line, error.Column));
    }

    [Fact]
    public void ParseValue_RejectsTrailingTokens()
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.ParseValue("1 2"));
        Assert.Equal("Syntax Error: Expected <EOF>, found Int \"2\".", error.Message);
    }

    [Theory]
    [InlineData("String", "String")]
    [InlineData("String!", "String!")]
    [InlineData("[Mentor!]!", "[Mentor!]!")]
    [InlineData("[[Int]]", "[[Int]]")]
    [InlineData("  [ Mentor ! ] ! ", "[Mentor!]!")]
    public void ParseType_ReadsTypeReferences(string source, string printed) =>
        Assert.Equal(printed, Printer.Print(Parser.ParseType(source)));

    [Fact]
    public void ParseType_ShapesNonNullAndList()
    {
        var type = Assert.IsType<NonNullTypeNode>(Parser.ParseType("[Mentor!]!"));
        var list = Assert.IsType<ListTypeNode>(type.Type);
        var item = Assert.IsType<NonNullTypeNode>(list.Type);
        Assert.Equal("Mentor", Assert.IsType<NamedTypeNode>(item.Type).Name.Value);
    }

    [Theory]
    [InlineData("Int!!", "Syntax Error: Expected <EOF>, found \"!\".")]
    [InlineData("[Int", "Syntax Error: Expected \"]\", found <EOF>.")]
    [InlineData("", "Syntax Error: Expected Name, found <EOF>.")]
    [InlineData("!Int", "Syntax Error: Expected Name, found \"!\".")]
    public void ParseType_RejectsMalformedTypes(string source, string message) =>
        Assert.Equal(message, Assert.Throws<GraphQLSyntaxError>(() => Parser.ParseType(source)).Message);

    [Fact]
    public void ParseUtf8_GivesTheSameTreeAsParseString()
    {
        const string source = "query Q($v: [Int!] = [1]) { cafe: f(s: \"\u00e9\U0001F600\") @d { ...F } }";
        var fromString = Parser.Parse(source);
        var fromBytes = Parser.Parse(Encoding.UTF8.GetBytes(source));
        Assert.Equal(SyntaxTreeText.Of(fromString), SyntaxTreeText.Of(fromBytes));
        Assert.Equal(fromString.Location, fromBytes.Location);
    }

    [Fact]
    public void StringArguments_AreDecoded()
    {
        var value = Assert.IsType<StringValueNode>(FirstField("{ f(s: \"a\\u00e9\\uD83D\\uDE00\\u{1F600}\\n\") }").Arguments[0].Value);
        Assert.Equal("a\u00e9\U0001F600\U0001F600\n", value.Value);
        Assert.False(value.Block);
    }

    [Fact]
    public void BlockStringArgument_IsDedented()
    {
        var value = Assert.IsType<StringValueNode>(FirstField("{ f(s: \"\"\"\n    hello\n      world\n  \"\"\") }").Arguments[0].Value);
        Assert.Equal("hello\n  world", value.Value);
        Assert.True(value.Block);
    }

    [Fact]
    public void CommasAndComments_AreInsignificant()
    {
        var withCommas = Parser.Parse("query Q($a: Int, $b: Int,) { f(a: 1, b: [1,2,,3],), g, # comment\n h }");
        var without = Parser.Parse("query Q($a: Int $b: Int) { f(a: 1 b: [1 2 3]) g h }");
        Assert.Equal(SyntaxTreeText.Of(without), SyntaxTreeText.Of(withCommas));
    }

    [Fact]
    public void NoLocations_LeavesLocationsNull()
    {
        var document = Parser.Parse("{ a(b: 1) }", new ParserOptions { NoLocations = true });
        var field = Assert.IsType<FieldNode>(((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0]);
        Assert.Null(document.Location);
        Assert.Null(field.Location);
        Assert.Null(field.Name.Location);
        Assert.Null(field.Arguments[0].Value.Location);
    }
}
