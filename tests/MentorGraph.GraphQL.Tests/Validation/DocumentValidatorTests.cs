using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Tests.Validation.Support;
using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;

namespace MentorGraph.GraphQL.Tests.Validation;

public sealed class DocumentValidatorTests
{
    private static IReadOnlyList<GraphQLError> Validate(string document, ValidationOptions? options = null) =>
        DocumentValidator.Validate(HarnessSchema.Instance, Parser.Parse(document), options);

    [Fact]
    public void ValidDocument_HasNoErrors() => Assert.Empty(Validate("""
        query ($id: ID, $withPets: Boolean = true) {
          human(id: $id) { name ...HumanPets @include(if: $withPets) }
          pet { __typename name ... on Dog { barkVolume isHouseTrained } ... on Cat { meows } }
          complicatedArgs { complexArgField(complexArg: { requiredField: true }) oneOfArgField(oneOfArg: { intField: 1 }) }
        }
        fragment HumanPets on Human { pets { name } relatives { name } }
        """));

    [Fact]
    public void IntrospectionQuery_IsValid() => Assert.Empty(Validate(IntrospectionQuery.Text));

    [Fact]
    public void SpecifiedRules_AreTheSpecRulesInGraphQLJsOrder() => Assert.Equal(26, SpecifiedRules.All.Count);

    [Fact]
    public void AllRules_RunInOneWalkAndReportInRuleOrderPerNode()
    {
        var errors = Validate("{ dog { unknown(arg: 1) name(surname: \"x\") } }");
        Assert.Equal(
            [
                "Cannot query field \"unknown\" on type \"Dog\".",
                "Boolean cannot represent a non boolean value: \"x\"",
            ],
            errors.Select(e => e.Message));
        Assert.All(errors, e => Assert.Equal(ErrorCodes.ValidationFailed, e.Code));
    }

    [Fact]
    public void ErrorsCarryLocations()
    {
        var error = Assert.Single(Validate("{\n  dog {\n    meowVolume\n  }\n}"));
        Assert.Equal(new ErrorLocation(3, 5), Assert.Single(error.Locations!));
        Assert.Null(error.Path);
    }

    [Fact]
    public void MaxErrors_StopsValidationWithANotice()
    {
        var fields = string.Join(" ", Enumerable.Range(0, 150).Select(i => "unknown" + i));
        var errors = Validate("{ dog { " + fields + " } }", new ValidationOptions { MaxErrors = 10 });
        Assert.Equal(11, errors.Count);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[^1].Message);
        Assert.Equal(ErrorCodes.ValidationFailed, errors[^1].Code);
        Assert.Null(errors[^1].Locations);
    }

    [Fact]
    public void MaxErrors_DefaultsToOneHundred()
    {
        var fields = string.Join(" ", Enumerable.Range(0, 150).Select(i => "unknown" + i));
        var errors = Validate("{ dog { " + fields + " } }");
        Assert.Equal(ValidationOptions.DefaultMaxErrors + 1, errors.Count);
    }

    [Fact]
    public void ExactlyMaxErrors_IsNotAborted()
    {
        var errors = Validate("{ dog { a b c } }", new ValidationOptions { MaxErrors = 3 });
        Assert.Equal(3, errors.Count);
        Assert.DoesNotContain(errors, e => e.Message.StartsWith("Too many", StringComparison.Ordinal));
    }

    [Fact]
    public void CustomRuleList_RunsOnlyThoseRules()
    {
        var errors = Validate("{ dog { unknown } } { cat { name } }", new ValidationOptions { Rules = [context => new LoneAnonymousOperationRule(context)] });
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal("This anonymous operation must be the only defined operation.", e.Message));
    }

    [Fact]
    public void TypeInfo_KnowsTheIntrospectionFields()
    {
        Assert.Empty(Validate("""{ __schema { types { name fields { name type { name ofType { name } } } } } __type(name: "Dog") { name } }"""));
        Assert.Equal(
            ["Cannot query field \"xyzzy\" on type \"__Type\"."],
            Validate("""{ __type(name: "Dog") { xyzzy } }""").Select(e => e.Message));
    }

    [Fact]
    public void SameDocument_ValidatesTheSameTwice()
    {
        var document = Parser.Parse("query Q($a: Int) { dog { name } }");
        var first = DocumentValidator.Validate(HarnessSchema.Instance, document);
        var second = DocumentValidator.Validate(HarnessSchema.Instance, document);
        Assert.Equal(first.Select(e => e.Message), second.Select(e => e.Message));
        Assert.Equal("Variable \"$a\" is never used in operation \"Q\".", Assert.Single(first).Message);
    }

    [Fact]
    public void DocumentWithTypeSystemDefinitions_IsRejectedWithoutWalkingThem()
    {
        var errors = Validate("{ dog { name } } type Cow { name: Unknown @unknown }");
        Assert.Equal(["The \"Cow\" definition is not executable."], errors.Select(e => e.Message));
    }
}
