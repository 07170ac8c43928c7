using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.Support.ValidationAssert;

namespace MentorGraph.GraphQL.Tests.Validation;

public sealed class ExecutableDefinitionsRuleTests
{
    private static ExecutableDefinitionsRule Rule(ValidationContext context) => new(context);

    [Fact]
    public void OnlyOperation_IsValid() => Valid(Rule, "query Foo { dog { name } }");

    [Fact]
    public void OperationAndFragment_IsValid() => Valid(Rule, """
        query Foo { dog { name ...Frag } }
        fragment Frag on Dog { name }
        """);

    [Fact]
    public void TypeDefinition_IsRejected() => Errors(Rule, """
        query Foo { dog { name } }
        type Cow { name: String }
        extend type Dog { color: String }
        """,
        Error("The \"Cow\" definition is not executable.", (2, 1)),
        Error("The \"Dog\" definition is not executable.", (3, 1)));

    [Fact]
    public void SchemaDefinition_IsRejected() => Errors(Rule, """
        schema { query: Query }
        type Query { test: String }
        extend schema @onSchema
        """,
        Error("The schema definition is not executable.", (1, 1)),
        Error("The \"Query\" definition is not executable.", (2, 1)),
        Error("The schema definition is not executable.", (3, 1)));

    [Fact]
    public void DirectiveAndOtherTypeDefinitions_AreRejected() => Errors(Rule, """
        { dog { name } }
        directive @foo on FIELD
        input In { a: Int }
        enum E { A }
        scalar S
        """,
        Error("The \"foo\" definition is not executable.", (2, 1)),
        Error("The \"In\" definition is not executable.", (3, 1)),
        Error("The \"E\" definition is not executable.", (4, 1)),
        Error("The \"S\" definition is not executable.", (5, 1)));
}
