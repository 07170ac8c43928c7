using System.Text;
using BenchmarkDotNet.Attributes;
using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.Benchmarks;

/// <summary>
/// The parser from UTF-8 bytes (what the HTTP transport has) and from a string (what a caller
/// with a <c>GraphQLRequest</c> has). graphql-js parses a string: compare both with it.
/// Schemas are parsed without the token limit meant for requests (graphql-js has none by default).
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private string _text = "";
    private byte[] _utf8 = [];
    private ParserOptions _options = ParserOptions.Default;

    [Params(ParseInput.AnchorQuery, ParseInput.KitchenSinkSchema, ParseInput.GitHubSchema)]
    public ParseInput Input { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = Input switch
        {
            ParseInput.AnchorQuery => WorkloadFiles.MentorDirectoryQuery,
            ParseInput.KitchenSinkSchema => WorkloadFiles.KitchenSinkSchema,
            _ => File.ReadAllText(WorkloadFiles.FindGitHubSchema() ?? throw new FileNotFoundException(WorkloadFiles.GitHubSchemaMissingMessage)),
        };
        _utf8 = Encoding.UTF8.GetBytes(_text);
        _options = WorkloadFiles.ParserOptionsFor(Input);
    }

    [Benchmark]
    public DocumentNode FromBytes() => Parser.Parse(_utf8, _options);

    [Benchmark]
    public DocumentNode FromString() => Parser.Parse(_text, _options);
}
