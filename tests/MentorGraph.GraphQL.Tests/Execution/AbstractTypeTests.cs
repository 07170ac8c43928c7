using System.Text.Json;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Types;
using static MentorGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace MentorGraph.GraphQL.Tests.Execution;

/// <summary>Spec 6.4.3 ResolveAbstractType, in the order: type resolver, IsTypeOf, CLR type, <c>__typename</c> member.</summary>
public sealed class AbstractTypeTests
{
    private sealed record Mentor(string Name, int Years);

    private sealed record Mentee(string Name, string Goal);

    private static Schema Build(TypeResolver? resolveType = null, Func<object, IResolveFieldContext, bool>? mentorIsTypeOf = null, Func<object?>? people = null)
    {
        var person = new InterfaceType("Person", () => [Field("name", NonNull(StringType))]) { ResolveType = resolveType };
        var mentor = new ObjectType("Mentor", () => [Field("name", NonNull(StringType)), Field("years", IntType)], () => [person])
        {
            RuntimeType = typeof(Mentor),
            IsTypeOf = mentorIsTypeOf,
        };
        var mentee = new ObjectType("Mentee", () => [Field("name", NonNull(StringType)), Field("goal", StringType)], () => [person]) { RuntimeType = typeof(Mentee) };
        var member = new UnionType("Member", () => [mentor, mentee]);
        var query = new ObjectType("Query", () =>
        [
            Field("people", ListOf(person), _ => people?.Invoke() ?? new object[] { new Mentor("Ada", 12), new Mentee("Bob", "learn") }),
            Field("members", ListOf(member), _ => people?.Invoke() ?? new object[] { new Mentee("Bob", "learn"), new Mentor("Ada", 12) }),
        ]);
        return new Schema(new SchemaConfig { Query = query, Types = [mentor, mentee] });
    }

    private const string PeopleQuery = "{ people { __typename name ... on Mentor { years } ... on Mentee { goal } } }";

    [Fact]
    public async Task ClrRuntimeType_PicksTheObjectType()
    {
        Assert.Equal(
            Q("{'data':{'people':[{'__typename':'Mentor','name':'Ada','years':12},{'__typename':'Mentee','name':'Bob','goal':'learn'}]}}"),
            await ExecuteJsonAsync(Build(), PeopleQuery));
    }

    [Fact]
    public async Task Union_IsResolvedAndFragmentsApplyByTypeCondition()
    {
        Assert.Equal(
            Q("{'data':{'members':[{'__typename':'Mentee','goal':'learn'},{'__typename':'Mentor','years':12}]}}"),
            await ExecuteJsonAsync(Build(), "{ members { __typename ... on Mentor { years } ... on Mentee { goal } } }"));
    }

    [Fact]
    public async Task ResolveTypeDelegate_TakesPrecedence()
    {
        var schema = Build(resolveType: (_, _) => "Mentee");

        Assert.Equal(
            Q("{'data':{'people':[{'__typename':'Mentee','name':'Ada','goal':null},{'__typename':'Mentee','name':'Bob','goal':'learn'}]}}"),
            await ExecuteJsonAsync(schema, PeopleQuery));
    }

    [Fact]
    public async Task IsTypeOf_IsAskedBeforeTheClrType()
    {
        var schema = Build(mentorIsTypeOf: (value, _) => value is Mentor or Mentee, people: () => new object[] { new Mentee("Bob", "learn") });

        Assert.Equal(
            Q("{'data':{'people':[{'__typename':'Mentor','name':'Bob','years':null}]}}"),
            await ExecuteJsonAsync(schema, PeopleQuery));
    }

    [Fact]
    public async Task TypenameMember_OfADictionary_NamesTheType()
    {
        var schema = Build(people: () => new object[] { new Dictionary<string, object?> { ["__typename"] = "Mentor", ["name"] = "Ada", ["years"] = 3 } });

        Assert.Equal(
            Q("{'data':{'people':[{'__typename':'Mentor','name':'Ada','years':3}]}}"),
            await ExecuteJsonAsync(schema, PeopleQuery));
    }

    [Fact]
    public async Task TypenameMember_OfAJsonElement_NamesTheType()
    {
        using var json = JsonDocument.Parse("[{\"__typename\":\"Mentee\",\"name\":\"Bob\",\"goal\":\"grow\"}]");
        var schema = Build(people: () => json.RootElement.Clone());

        Assert.Equal(
            Q("{'data':{'people':[{'__typename':'Mentee','name':'Bob','goal':'grow'}]}}"),
            await ExecuteJsonAsync(schema, PeopleQuery));
    }

    [Fact]
    public async Task UnresolvableValue_IsAFieldErrorNamingTheAbstractType()
    {
        var schema = Build(people: () => new object[] { "not a person" });

        var result = await ExecuteAsync(schema, "{ people { name } }");

        var error = Assert.Single(result.Errors!);
        Assert.Equal(
            "Abstract type \"Person\" must resolve to an Object type at runtime for field \"Query.people\". Either the \"Person\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.",
            error.Message);
        Assert.Equal(["people", 0], error.Path);
        Assert.Equal(Q("{'people':[null]}"), DataJson(result));
    }

    [Fact]
    public async Task ResolveTypeNamingAnUnknownType_IsAFieldError()
    {
        var result = await ExecuteAsync(Build(resolveType: (_, _) => "Ghost"), "{ people { name } }");

        Assert.Equal(
            "Abstract type \"Person\" was resolved to a type \"Ghost\" that does not exist inside the schema.",
            result.Errors![0].Message);
    }

    [Fact]
    public async Task ResolveTypeNamingATypeOutsideTheAbstractType_IsAFieldError()
    {
        var result = await ExecuteAsync(Build(resolveType: (_, _) => "Query"), "{ people { name } }");

        Assert.Equal("Runtime Object type \"Query\" is not a possible type for \"Person\".", result.Errors![0].Message);
    }

    [Fact]
    public async Task IsTypeOfOnAConcreteType_RefusesAValueOfAnotherKind()
    {
        var mentor = new ObjectType("Mentor", () => [Field("name", StringType)]) { IsTypeOf = (value, _) => value is Mentor };
        var schema = SchemaWithQuery(Field("mentor", mentor, _ => new Mentee("Bob", "learn")));

        var result = await ExecuteAsync(schema, "{ mentor { name } }");

        Assert.StartsWith("Expected value of type \"Mentor\" but got:", result.Errors![0].Message, StringComparison.Ordinal);
        Assert.Equal(Q("{'mentor':null}"), DataJson(result));
    }
}
