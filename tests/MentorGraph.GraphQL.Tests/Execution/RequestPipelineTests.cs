using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Types;
using MentorGraph.GraphQL.Validation.Limits;
using static MentorGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace MentorGraph.GraphQL.Tests.Execution;

/// <summary>The request pipeline: document cache, parse, validate, operation selection, allowed operations, introspection switch, limits, persisted documents.</summary>
public sealed class RequestPipelineTests
{
    private static readonly Schema _schema = new(new SchemaConfig
    {
        Query = new ObjectType("Query", () => [Field("hello", StringType, _ => "world"), Field("n", IntType, c => c.Arguments["x"], Argument("x", IntType))]),
        Mutation = new ObjectType("Mutation", () => [Field("book", StringType, _ => "booked")]),
    });

    [Fact]
    public async Task RepeatedDocument_SkipsParseValidationAndPlanning()
    {
        var executor = Executor(_schema);

        for (var i = 0; i < 3; i++)
        {
            var result = await executor.ExecuteAsync(Request("query ($x: Int) { n(x: $x) }", "{\"x\": " + i + "}"));
            Assert.Equal(Q("{'data':{'n':" + i + "}}"), Json(result));
        }

        Assert.Equal(1, executor.Statistics.DocumentCacheMisses);
        Assert.Equal(2, executor.Statistics.DocumentCacheHits);
        Assert.Equal(1, executor.Statistics.Parses);
        Assert.Equal(1, executor.Statistics.Validations);
        Assert.Equal(1, executor.Statistics.PlanCompilations);
    }

    [Fact]
    public async Task InvalidDocument_VerdictIsCachedToo()
    {
        var executor = Executor(_schema);

        var first = await executor.ExecuteAsync(Request("{ nope }"));
        var second = await executor.ExecuteAsync(Request("{ nope }"));

        Assert.Equal(RequestErrorKind.Validation, first.RequestError);
        Assert.Equal(RequestErrorKind.Validation, second.RequestError);
        Assert.False(second.HasData);
        Assert.Equal(1, executor.Statistics.Validations);
    }

    [Fact]
    public async Task DocumentCache_IsBounded_LeastRecentlyUsedFirstOut()
    {
        var executor = Executor(_schema, new ExecutionOptions { DocumentCacheSize = 2 });

        await executor.ExecuteAsync(Request("{ a: hello }"));
        await executor.ExecuteAsync(Request("{ b: hello }"));
        await executor.ExecuteAsync(Request("{ a: hello }"));
        await executor.ExecuteAsync(Request("{ c: hello }"));
        await executor.ExecuteAsync(Request("{ a: hello }"));
        await executor.ExecuteAsync(Request("{ b: hello }"));

        Assert.Equal(2, executor.CachedDocumentCount);
        Assert.Equal(4, executor.Statistics.Parses);
        Assert.Equal(2, executor.Statistics.DocumentCacheHits);
    }

    [Fact]
    public async Task SyntaxError_IsADocumentRequestError_WithItsLocation()
    {
        var result = await Executor(_schema).ExecuteAsync(Request("{ hello"));

        Assert.Equal(RequestErrorKind.Document, result.RequestError);
        var error = Assert.Single(result.Errors!);
        Assert.Equal(ErrorCodes.SyntaxError, error.Code);
        Assert.NotNull(error.Locations);
    }

    [Fact]
    public async Task MissingQuery_IsADocumentRequestError()
    {
        var result = await Executor(_schema).ExecuteAsync(new GraphQLRequest());

        Assert.Equal(RequestErrorKind.Document, result.RequestError);
        Assert.Equal("Must provide query string.", Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task SeveralOperationsWithoutAName_IsAnOperationSelectionError()
    {
        var result = await Executor(_schema).ExecuteAsync(Request("query A { hello } query B { hello }"));

        Assert.Equal(RequestErrorKind.OperationSelection, result.RequestError);
        var error = Assert.Single(result.Errors!);
        Assert.Equal("Must provide operation name if query contains multiple operations.", error.Message);
        Assert.Equal(ErrorCodes.OperationNameRequired, error.Code);
    }

    [Fact]
    public async Task UnknownOperationName_IsAnOperationSelectionError()
    {
        var result = await Executor(_schema).ExecuteAsync(Request("query A { hello }") with { OperationName = "B" });

        Assert.Equal(RequestErrorKind.OperationSelection, result.RequestError);
        Assert.Equal("Unknown operation named \"B\".", result.Errors![0].Message);
        Assert.Equal(ErrorCodes.OperationNotFound, result.Errors[0].Code);
    }

    [Fact]
    public async Task NamedOperation_IsChosenByName_AndEachOperationIsPlannedOnce()
    {
        var executor = Executor(_schema);
        const string Document = "query A { a: hello } query B { b: hello }";

        Assert.Equal(Q("{'data':{'b':'world'}}"), Json(await executor.ExecuteAsync(Request(Document) with { OperationName = "B" })));
        Assert.Equal(Q("{'data':{'a':'world'}}"), Json(await executor.ExecuteAsync(Request(Document) with { OperationName = "A" })));
        Assert.Equal(Q("{'data':{'b':'world'}}"), Json(await executor.ExecuteAsync(Request(Document) with { OperationName = "B" })));

        Assert.Equal(2, executor.Statistics.PlanCompilations);
    }

    [Fact]
    public async Task MutationWhereOnlyQueriesAreAllowed_IsRefused()
    {
        var result = await Executor(_schema).ExecuteAsync(Request("mutation { book }") with { AllowedOperations = AllowedOperations.Query });

        Assert.Equal(RequestErrorKind.OperationNotAllowed, result.RequestError);
        Assert.Equal(ErrorCodes.OperationNotAllowed, Assert.Single(result.Errors!).Code);
    }

    [Fact]
    public async Task DisabledIntrospection_RefusesSchemaAndType_ButNotTypename()
    {
        var executor = Executor(_schema, new ExecutionOptions { EnableIntrospection = false });

        var schemaQuery = await executor.ExecuteAsync(Request("{ __schema { queryType { name } } }"));
        var typeQuery = await executor.ExecuteAsync(Request("query { ...F } fragment F on Query { __type(name: \"Query\") { name } }"));
        var typename = await executor.ExecuteAsync(Request("{ __typename }"));

        Assert.Equal(ErrorCodes.IntrospectionDisabled, Assert.Single(schemaQuery.Errors!).Code);
        Assert.Equal(ErrorCodes.IntrospectionDisabled, Assert.Single(typeQuery.Errors!).Code);
        Assert.Equal(Q("{'data':{'__typename':'Query'}}"), Json(typename));
    }

    [Fact]
    public async Task EnabledIntrospection_AnswersSchemaAndType()
    {
        var result = await Executor(_schema).ExecuteAsync(Request("{ __schema { queryType { name } mutationType { name } } __type(name: \"Mutation\") { kind } }"));

        Assert.Equal(Q("{'data':{'__schema':{'queryType':{'name':'Query'},'mutationType':{'name':'Mutation'}},'__type':{'kind':'OBJECT'}}}"), Json(result));
    }

    [Fact]
    public async Task OperationLimit_RefusesTheOperation_WithItsCode()
    {
        var executor = new RequestExecutorBuilder(_schema)
            .AddOperationLimit((_, _, operation) => operation.SelectionSet.Selections.Count > 1
                ? [GraphQLError.WithCode("Too many fields.", ErrorCodes.MaxFieldsExceeded)]
                : [])
            .Build();

        var refused = await executor.ExecuteAsync(Request("{ a: hello b: hello }"));
        var allowed = await executor.ExecuteAsync(Request("{ a: hello }"));

        Assert.Equal(RequestErrorKind.LimitExceeded, refused.RequestError);
        Assert.Equal(ErrorCodes.MaxFieldsExceeded, Assert.Single(refused.Errors!).Code);
        Assert.Null(allowed.Errors);
    }

    [Fact]
    public async Task BuiltInLimits_RefuseAnOperationOverTheirBound_WithTheLimitsCode()
    {
        var executor = new RequestExecutorBuilder(_schema).WithOperationLimits(new OperationLimits { MaxFields = 2 }).Build();

        var refused = await executor.ExecuteAsync(Request("{ a: hello b: hello c: hello }"));
        var refusedAgain = await executor.ExecuteAsync(Request("{ a: hello b: hello c: hello }"));
        var allowed = await executor.ExecuteAsync(Request("{ a: hello b: hello }"));

        Assert.Equal(RequestErrorKind.LimitExceeded, refused.RequestError);
        Assert.Equal(ErrorCodes.MaxFieldsExceeded, Assert.Single(refused.Errors!).Code);
        Assert.Equal(RequestErrorKind.LimitExceeded, refusedAgain.RequestError);
        Assert.Null(allowed.Errors);
    }

    private sealed class InMemoryDocuments(Dictionary<string, string> documents) : IPersistedDocumentStore
    {
        public ValueTask<string?> TryGetDocumentAsync(string documentId, CancellationToken cancellationToken) =>
            new(documents.GetValueOrDefault(documentId));
    }

    [Fact]
    public async Task PersistedDocument_IsFoundByDocumentIdOrPersistedQueryHash()
    {
        var executor = new RequestExecutorBuilder(_schema)
            .UsePersistedDocuments(new InMemoryDocuments(new() { ["sha256:abc"] = "{ hello }", ["def"] = "{ greeting: hello }" }))
            .Build();

        var byId = await executor.ExecuteAsync(new GraphQLRequest { DocumentId = "sha256:abc" });
        var byHash = await executor.ExecuteAsync(new GraphQLRequest
        {
            Extensions = new Dictionary<string, object?> { ["persistedQuery"] = new Dictionary<string, object?> { ["version"] = 1L, ["sha256Hash"] = "def" } },
        });

        Assert.Equal(Q("{'data':{'hello':'world'}}"), Json(byId));
        Assert.Equal(Q("{'data':{'greeting':'world'}}"), Json(byHash));
    }

    [Fact]
    public async Task UnknownPersistedDocument_IsRefusedWithPersistedQueryNotFound()
    {
        var executor = new RequestExecutorBuilder(_schema).UsePersistedDocuments(new InMemoryDocuments([])).Build();

        var result = await executor.ExecuteAsync(new GraphQLRequest { DocumentId = "sha256:unknown" });

        Assert.Equal(RequestErrorKind.PersistedDocumentNotFound, result.RequestError);
        Assert.Equal(ErrorCodes.PersistedDocumentNotFound, Assert.Single(result.Errors!).Code);
    }

    [Fact]
    public async Task ManyConcurrentRequests_OfOneDocument_AllSucceed()
    {
        var executor = Executor(_schema);

        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            Task.Run(() => executor.ExecuteAsync(Request("query ($x: Int) { n(x: $x) hello }", "{\"x\": " + i + "}")))));

        Assert.All(results.Select((result, i) => (result, i)), pair => Assert.Equal(Q("{'data':{'n':" + pair.i + ",'hello':'world'}}"), Json(pair.result)));
    }
}
