using BenchmarkDotNet.Attributes;

namespace MentorGraph.Benchmarks;

/// <summary>
/// A whole GraphQL-over-HTTP POST, one at a time, from HttpClient to Kestrel on loopback and
/// back: socket, HTTP/1.1, request parsing, the cached pipeline, JSON serialisation. This is
/// latency of one request in series, not throughput under load (issue 8's wrk runs).
/// </summary>
[MemoryDiagnoser]
public class HttpBenchmarks
{
    private AnchorServer _server = null!;
    private AnchorHttpClient _client = null!;
    private byte[] _body = [];

    [Params(AnchorQuery.Large, AnchorQuery.Small)]
    public AnchorQuery Query { get; set; }

    [GlobalSetup]
    public async Task Setup()
    {
        var workload = new AnchorWorkload();
        _server = await AnchorServer.StartAsync(workload);
        _client = new AnchorHttpClient(_server.Endpoint);
        _body = AnchorHttpClient.Body(workload.QueryText(Query));
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Benchmark]
    public Task<byte[]> Post() => _client.PostAsync(_body);
}
