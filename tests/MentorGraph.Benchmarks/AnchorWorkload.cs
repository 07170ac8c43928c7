using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Types;
using MentorGraph.GraphQL.Types.Builders;
using MentorGraph.GraphQL.Utilities;

namespace MentorGraph.Benchmarks;

/// <summary>
/// The anchor workload of issue 8, built the way graphql-js builds it in compare/graphql-js.mjs:
/// the schema from SDL, the root value from the JSON document as plain values (what
/// <c>JSON.parse</c> gives graphql-js), default resolvers everywhere except
/// <c>Query.mentor(id:)</c>, which looks the mentor up by id on both sides.
/// </summary>
public sealed class AnchorWorkload
{
    public AnchorWorkload()
    {
        var data = (Dictionary<string, object?>)JsonValues.Parse(WorkloadFiles.MentorsJson)!;
        var mentorsById = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var mentor in (List<object?>)data["mentors"]!)
        {
            var fields = (Dictionary<string, object?>)mentor!;
            mentorsById[(string)fields["id"]!] = fields;
        }

        var resolvers = new ResolverMap();
        resolvers["Query"].Add("mentor", context => mentorsById.GetValueOrDefault((string)context.Arguments["id"]!));

        Schema = SchemaBuilder.FromSdl(WorkloadFiles.AnchorSchema, resolvers);
        RootValue = data;
        LargeQuery = WorkloadFiles.MentorDirectoryQuery;
        SmallQuery = WorkloadFiles.MentorSmallQuery;
    }

    public Schema Schema { get; }

    /// <summary>The JSON document as dictionaries, lists and scalars: <c>{ "mentors": [...] }</c>.</summary>
    public object RootValue { get; }

    public string LargeQuery { get; }

    public string SmallQuery { get; }

    public string QueryText(AnchorQuery query) => query == AnchorQuery.Large ? LargeQuery : SmallQuery;

    public GraphQLRequest Request(AnchorQuery query) => new() { Query = QueryText(query), RootValue = RootValue };

    /// <summary>An executor with the default options: its document cache makes a repeated operation skip parse, validation and planning.</summary>
    public RequestExecutor CreateExecutor() => new RequestExecutorBuilder(Schema).Build();

    /// <summary>An executor without a document cache: every request is parsed, validated and planned again.</summary>
    public RequestExecutor CreateColdExecutor() =>
        new RequestExecutorBuilder(Schema).WithOptions(options => options with { DocumentCacheSize = 0 }).Build();
}
