using BenchmarkDotNet.Attributes;
using MentorGraph.GraphQL;
using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Validation;

namespace MentorGraph.Benchmarks;

/// <summary>Every rule of spec section 5 on an already parsed anchor operation (graphql-js <c>validate</c>).</summary>
[MemoryDiagnoser]
public class ValidateBenchmarks
{
    private AnchorWorkload _workload = null!;
    private DocumentNode _document = null!;

    [Params(AnchorQuery.Large, AnchorQuery.Small)]
    public AnchorQuery Query { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _workload = new AnchorWorkload();
        _document = Parser.Parse(_workload.QueryText(Query));
    }

    [Benchmark]
    public IReadOnlyList<GraphQLError> Validate() => DocumentValidator.Validate(_workload.Schema, _document);
}
