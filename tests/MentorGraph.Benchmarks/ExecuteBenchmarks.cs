using BenchmarkDotNet.Attributes;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Language;

namespace MentorGraph.Benchmarks;

/// <summary>
/// The anchor operations in process, three ways:
/// <list type="bullet">
/// <item><see cref="ExecutePlan"/>: execution alone, from an operation compiled once (what graphql-js <c>execute</c> does on a parsed document).</item>
/// <item><see cref="CachedRequest"/>: the whole request pipeline on a repeated operation: cache lookup by hash, then execution.</item>
/// <item><see cref="ColdRequest"/>: the whole pipeline with no document cache: parse, validate, plan, execute (graphql-js parse + validate + execute).</item>
/// </list>
/// Each returns the result without serialising it; the HTTP benchmark includes serialisation.
/// </summary>
[MemoryDiagnoser]
public class ExecuteBenchmarks
{
    private static readonly IReadOnlyDictionary<string, object?> _noVariables = new Dictionary<string, object?>();

    private GraphQLRequest _request = null!;
    private OperationPlan _plan = null!;
    private OperationExecutor _executor = null!;
    private RequestExecutor _cached = null!;
    private RequestExecutor _cold = null!;

    [Params(AnchorQuery.Large, AnchorQuery.Small)]
    public AnchorQuery Query { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var workload = new AnchorWorkload();
        _request = workload.Request(Query);
        var document = Parser.Parse(workload.QueryText(Query));
        var operation = document.Definitions.OfType<GraphQL.Language.Ast.OperationDefinitionNode>().Single();
        _plan = new OperationPlan(workload.Schema, document, operation);
        _executor = new OperationExecutor();
        _cached = workload.CreateExecutor();
        _cold = workload.CreateColdExecutor();
    }

    [Benchmark]
    public Task<ExecutionResult> ExecutePlan() => _executor.ExecuteAsync(_plan, _noVariables, _request);

    [Benchmark]
    public Task<ExecutionResult> CachedRequest() => _cached.ExecuteAsync(_request);

    [Benchmark]
    public Task<ExecutionResult> ColdRequest() => _cold.ExecuteAsync(_request);
}
