using MentorGraph.Api.GraphQL.Mutations;
using MentorGraph.Api.Tests.GraphQL.Infrastructure;
using MentorGraph.GraphQL.Types;
using MentorGraph.GraphQL.Types.Builders;
using MentorGraph.GraphQL.Utilities;

namespace MentorGraph.Api.Tests.GraphQL.Mutations;

/// <summary>verbNoun(input:): VerbNounPayload! with the result or typed errors that clients switch on.</summary>
public sealed class MutationConventionTests
{
    private const string Register = """
        mutation($input: RegisterForEventInput!) {
          registerForEvent(input: $input) {
            registration { eventId name }
            errors {
              __typename
              ... on Error { message }
              ... on ValidationError { field code }
              ... on NotFoundError { id }
              ... on CapacityReachedError { capacity }
            }
          }
        }
        """;

    private readonly Dictionary<string, (int Seats, List<string> Names)> _events = new()
    {
        ["fair"] = (2, ["Amina"]),
        ["full"] = (1, ["Bashir"]),
    };

    private readonly GraphQLTestRunner _runner;

    public MutationConventionTests()
    {
        _runner = new GraphQLTestRunner(BuildSchema());
    }

    [Fact]
    public async Task Success_CarriesTheResultAndNoErrors()
    {
        var data = await _runner.DataAsync(Register, """{"input":{"eventId":"fair","name":"Chloe"}}""");

        Assert.Equal("""{"registerForEvent":{"registration":{"eventId":"fair","name":"Chloe"},"errors":[]}}""", data.ToString());
        Assert.Equal(["Amina", "Chloe"], _events["fair"].Names);
    }

    [Fact]
    public async Task ValidationErrors_AreTypedAndListed_AndTheResultIsNull()
    {
        var data = await _runner.DataAsync(Register, """{"input":{"eventId":"fair","name":"  ","note":"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}}""");

        Assert.Equal(
            """{"registerForEvent":{"registration":null,"errors":[{"__typename":"ValidationError","message":"name is required.","field":"name","code":"REQUIRED"},{"__typename":"ValidationError","message":"note can be at most 40 characters long.","field":"note","code":"TOO_LONG"}]}}""",
            data.ToString());
        Assert.Single(_events["fair"].Names);
    }

    [Fact]
    public async Task NotFound_NamesTheId()
    {
        var data = await _runner.DataAsync(Register, """{"input":{"eventId":"gala","name":"Chloe"}}""");

        Assert.Equal(
            """{"registerForEvent":{"registration":null,"errors":[{"__typename":"NotFoundError","message":"Nothing with the ID \u0022gala\u0022 was found.","id":"gala"}]}}""",
            data.ToString());
    }

    [Fact]
    public async Task CapacityReached_SaysTheCapacity()
    {
        var data = await _runner.DataAsync(Register, """{"input":{"eventId":"full","name":"Chloe"}}""");

        Assert.Equal(
            """{"registerForEvent":{"registration":null,"errors":[{"__typename":"CapacityReachedError","message":"The event is full.","capacity":1}]}}""",
            data.ToString());
    }

    [Fact]
    public async Task ErrorTypesOutsideTheMutationsUnion_CannotBeSelectedThere()
    {
        var error = await _runner.ErrorAsync("""mutation { registerForEvent(input: { eventId: "fair", name: "X" }) { errors { ... on ConsentRequiredError { purpose } } } }""");

        Assert.Contains("ConsentRequiredError", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Input_TellsNullFromAbsent()
    {
        var absent = await _runner.DataAsync("""mutation { renameMentor(input: { name: "Amina" }) { mentor errors { __typename } } }""");
        var cleared = await _runner.DataAsync("""mutation { renameMentor(input: { name: "Amina", headline: null }) { mentor errors { __typename } } }""");

        Assert.Equal("""{"renameMentor":{"mentor":"Amina (headline unchanged)","errors":[]}}""", absent.ToString());
        Assert.Equal("""{"renameMentor":{"mentor":"Amina (headline cleared)","errors":[]}}""", cleared.ToString());
    }

    [Fact]
    public void Schema_FollowsTheConvention()
    {
        var sdl = SchemaPrinter.Print(BuildSchema());

        Assert.Contains("registerForEvent(input: RegisterForEventInput!): RegisterForEventPayload!", sdl, StringComparison.Ordinal);
        Assert.Contains("union RegisterForEventError = ValidationError | NotFoundError | CapacityReachedError", sdl, StringComparison.Ordinal);
        Assert.Contains("  errors: [RegisterForEventError!]!", sdl, StringComparison.Ordinal);
        Assert.Contains("  registration: Registration\n", sdl, StringComparison.Ordinal);
        Assert.Contains("type ValidationError implements Error", sdl, StringComparison.Ordinal);
        Assert.Contains("type ConsentRequiredError implements Error", sdl, StringComparison.Ordinal);
        Assert.Contains("interface Error {", sdl, StringComparison.Ordinal);
    }

    private Schema BuildSchema() => new SchemaBuilder()
        .Query(q => q.Field("ping", "String!", _ => "pong"))
        .ObjectType<TestRegistration>("Registration", t => t
            .Field("eventId", "ID!", r => r.EventId)
            .Field("name", "String!", r => r.Name))
        .AddMutationConventions()
        .AddMutation<TestRegistration>("registerForEvent", m => m
            .Description("Registers a person for an event, if a seat is free.")
            .Input(i => i
                .Field("eventId", "ID!")
                .Field("name", "String!")
                .Field("note", "String"))
            .Result("registration", "Registration")
            .Errors("ValidationError", "NotFoundError", "CapacityReachedError")
            .Resolve((input, _) => Task.FromResult(RegisterForEvent(input))))
        .AddMutation<string>("renameMentor", m => m
            .Input(i => i.Field("name", "String!").Field("headline", "String"))
            .Result("mentor", "String")
            .Resolve((input, _) => Task.FromResult<MutationResult<string>>(
                input.Get<string>("name") + (input.Has("headline") ? input.GetOrDefault<string>("headline") is null ? " (headline cleared)" : " (headline set)" : " (headline unchanged)"))))
        .Build();

    private MutationResult<TestRegistration> RegisterForEvent(MutationInput input)
    {
        var errors = new List<DomainError>();
        var name = input.Get<string>("name").Trim();
        if (name.Length == 0)
        {
            errors.Add(ValidationError.Required("name"));
        }

        if (input.GetOrDefault<string>("note") is { Length: > 40 })
        {
            errors.Add(ValidationError.TooLong("note", 40));
        }

        if (errors.Count > 0)
        {
            return MutationResult<TestRegistration>.Failure(errors);
        }

        var eventId = input.Get<string>("eventId");
        if (!_events.TryGetValue(eventId, out var @event))
        {
            return new NotFoundError(eventId);
        }

        if (@event.Names.Count >= @event.Seats)
        {
            return new CapacityReachedError("The event is full.", @event.Seats);
        }

        @event.Names.Add(name);
        return new TestRegistration(eventId, name);
    }
}
