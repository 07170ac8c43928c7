using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;
using static MentorGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace MentorGraph.GraphQL.Tests.Execution;

/// <summary>Spec 6.1.2 CoerceVariableValues, 6.4.1 CoerceArgumentValues and the input coercion rules of 3.10 and 3.11.</summary>
public sealed class VariableCoercionTests
{
    private static readonly InputObjectType _mentorInput = new("MentorInput", () =>
    [
        new InputValueDefinition("name", NonNull(StringType)),
        new InputValueDefinition("years", IntType) { DefaultValue = new IntValueNode("1") },
    ]);

    private static readonly InputObjectType _slotFilter = new("SlotFilter", () =>
    [
        new InputValueDefinition("id", GraphQL.Types.Scalars.SpecifiedScalars.ID),
        new InputValueDefinition("day", StringType),
    ])
    {
        IsOneOf = true,
        Directives = [new DirectiveNode(new NameNode("oneOf"), [])],
    };

    private static readonly Schema _schema = SchemaWithQuery(
        Field("echoInt", IntType, c => c.Arguments.GetValueOrDefault("x"), Argument("x", IntType)),
        Field("echoRequired", IntType, c => c.Arguments["x"], Argument("x", NonNull(IntType))),
        Field("echoDefault", StringType, c => Describe.Value(c.Arguments.GetValueOrDefault("x")), new InputValueDefinition("x", IntType) { DefaultValue = new IntValueNode("42") }),
        Field("echoList", StringType, c => Describe.Value(c.Arguments.GetValueOrDefault("xs")), Argument("xs", ListOf(IntType))),
        Field("echoInput", StringType, c => Describe.Value(c.Arguments.GetValueOrDefault("input")), Argument("input", _mentorInput)),
        Field("slots", StringType, c => Describe.Value(c.Arguments["filter"]), Argument("filter", NonNull(_slotFilter))));

    [Fact]
    public async Task MissingRequiredVariable_IsARequestError()
    {
        var result = await ExecuteAsync(_schema, "query ($x: Int!) { echoRequired(x: $x) }", "{}");

        Assert.Equal(RequestErrorKind.Variables, result.RequestError);
        Assert.False(result.HasData);
        Assert.Equal(
            Q("{'errors':[{'message':'Variable \\u0022$x\\u0022 of required type \\u0022Int!\\u0022 was not provided.','locations':[{'line':1,'column':8}],'extensions':{'code':'BAD_USER_INPUT'}}]}"),
            Json(result));
    }

    [Fact]
    public async Task NullForNonNullVariable_IsRefused()
    {
        var result = await ExecuteAsync(_schema, "query ($x: Int!) { echoRequired(x: $x) }", "{\"x\": null}");

        Assert.Equal(RequestErrorKind.Variables, result.RequestError);
        Assert.Equal("Variable \"$x\" of non-null type \"Int!\" must not be null.", Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task InvalidScalarValue_SaysWhatWasExpected()
    {
        var result = await ExecuteAsync(_schema, "query ($x: Int) { echoInt(x: $x) }", "{\"x\": \"abc\"}");

        var error = Assert.Single(result.Errors!);
        Assert.Equal("Variable \"$x\" got invalid value \"abc\"; Expected type \"Int\". Int cannot represent non-integer value: \"abc\"", error.Message);
        Assert.Equal(ErrorCodes.BadUserInput, error.Code);
    }

    [Fact]
    public async Task IntOutOfRange_IsRefused()
    {
        var result = await ExecuteAsync(_schema, "query ($x: Int) { echoInt(x: $x) }", "{\"x\": 3000000000}");

        Assert.Equal(
            "Variable \"$x\" got invalid value 3000000000; Expected type \"Int\". Int cannot represent non 32-bit signed integer value: 3000000000",
            Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task InvalidNestedField_NamesItsPathInsideTheVariable()
    {
        var result = await ExecuteAsync(_schema, "query ($input: MentorInput) { echoInput(input: $input) }", "{\"input\": {\"name\": 3}}");

        Assert.Equal(
            "Variable \"$input\" got invalid value 3 at \"input.name\"; Expected type \"String\". String cannot represent a non string value: 3",
            Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task InvalidListItem_NamesItsIndex()
    {
        var result = await ExecuteAsync(_schema, "query ($xs: [Int]) { echoList(xs: $xs) }", "{\"xs\": [1, \"b\", 3]}");

        Assert.Equal(
            "Variable \"$xs\" got invalid value \"b\" at \"xs[1]\"; Expected type \"Int\". Int cannot represent non-integer value: \"b\"",
            Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task MissingRequiredInputField_AndUnknownField_AreBothReported()
    {
        var result = await ExecuteAsync(_schema, "query ($input: MentorInput) { echoInput(input: $input) }", "{\"input\": {\"years\": 2, \"nope\": true}}");

        Assert.Equal(
            [
                "Variable \"$input\" got invalid value { years: 2, nope: true }; Field \"name\" of required type \"String!\" was not provided.",
                "Variable \"$input\" got invalid value { years: 2, nope: true }; Field \"nope\" is not defined by type \"MentorInput\".",
            ],
            result.Errors!.Select(error => error.Message));
    }

    [Fact]
    public async Task SingleValueForList_BecomesAListOfOne()
    {
        Assert.Equal(
            Q("{'data':{'echoList':'[5]'}}"),
            await ExecuteJsonAsync(_schema, "query ($xs: [Int]) { echoList(xs: $xs) }", "{\"xs\": 5}"));
        Assert.Equal(Q("{'data':{'echoList':'[7]'}}"), await ExecuteJsonAsync(_schema, "{ echoList(xs: 7) }"));
    }

    [Fact]
    public async Task InputObjectDefaults_AreAppliedToAbsentFields()
    {
        Assert.Equal(
            Q("{'data':{'echoInput':'{ name: \\u0022Ada\\u0022, years: 1 }'}}"),
            await ExecuteJsonAsync(_schema, "query ($input: MentorInput) { echoInput(input: $input) }", "{\"input\": {\"name\": \"Ada\"}}"));
        Assert.Equal(
            Q("{'data':{'echoInput':'{ name: \\u0022Ada\\u0022, years: 1 }'}}"),
            await ExecuteJsonAsync(_schema, "{ echoInput(input: {name: \"Ada\"}) }"));
    }

    [Fact]
    public async Task VariableDefault_IsUsedWhenTheVariableIsNotProvided()
    {
        Assert.Equal(Q("{'data':{'echoInt':7}}"), await ExecuteJsonAsync(_schema, "query ($x: Int = 7) { echoInt(x: $x) }"));
    }

    [Fact]
    public async Task ArgumentDefault_IsUsedWhenTheArgumentOrItsVariableIsAbsent_ButNotForExplicitNull()
    {
        Assert.Equal(Q("{'data':{'echoDefault':'42'}}"), await ExecuteJsonAsync(_schema, "{ echoDefault }"));
        Assert.Equal(Q("{'data':{'echoDefault':'42'}}"), await ExecuteJsonAsync(_schema, "query ($x: Int) { echoDefault(x: $x) }", "{}"));
        Assert.Equal(Q("{'data':{'echoDefault':'null'}}"), await ExecuteJsonAsync(_schema, "query ($x: Int) { echoDefault(x: $x) }", "{\"x\": null}"));
        Assert.Equal(Q("{'data':{'echoDefault':'null'}}"), await ExecuteJsonAsync(_schema, "{ echoDefault(x: null) }"));
    }

    [Fact]
    public async Task OneOfInput_WithTwoKeys_IsRefused()
    {
        var result = await ExecuteAsync(_schema, "query ($f: SlotFilter!) { slots(filter: $f) }", "{\"f\": {\"id\": \"1\", \"day\": \"mon\"}}");

        Assert.Equal(
            "Variable \"$f\" got invalid value { id: \"1\", day: \"mon\" }; Exactly one key must be specified for OneOf type \"SlotFilter\".",
            Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task OneOfInput_WithANullField_IsRefused()
    {
        var result = await ExecuteAsync(_schema, "query ($f: SlotFilter!) { slots(filter: $f) }", "{\"f\": {\"id\": null}}");

        Assert.Equal(
            "Variable \"$f\" got invalid value null at \"f.id\"; Field \"id\" must be non-null.",
            Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task OneOfInput_WithExactlyOneField_IsAccepted()
    {
        Assert.Equal(
            Q("{'data':{'slots':'{ day: \\u0022mon\\u0022 }'}}"),
            await ExecuteJsonAsync(_schema, "query ($f: SlotFilter!) { slots(filter: $f) }", "{\"f\": {\"day\": \"mon\"}}"));
    }

    [Fact]
    public void NullVariableForNonNullArgument_IsAFieldErrorWithBadUserInput()
    {
        var arguments = new[] { new ArgumentNode(new NameNode("x"), new VariableNode(new NameNode("v"))) };
        var definitions = new[] { Argument("x", NonNull(IntType)) };

        var error = Assert.Throws<GraphQLError>(() => ArgumentValues.Coerce(definitions, arguments, new Dictionary<string, object?> { ["v"] = null }));

        Assert.Equal("Argument \"x\" of non-null type \"Int!\" must not be null.", error.Message);
        Assert.Equal(ErrorCodes.BadUserInput, error.Code);
    }

    [Fact]
    public void MissingVariableForRequiredArgument_SaysTheVariableHadNoValue()
    {
        var arguments = new[] { new ArgumentNode(new NameNode("x"), new VariableNode(new NameNode("v"))) };

        var error = Assert.Throws<GraphQLError>(() => ArgumentValues.Coerce([Argument("x", NonNull(IntType))], arguments, new Dictionary<string, object?>()));

        Assert.Equal("Argument \"x\" of required type \"Int!\" was provided the variable \"$v\" which was not provided a runtime value.", error.Message);
    }
}
