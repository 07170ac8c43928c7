using System.Runtime.InteropServices;
using System.Text.Json;
using BenchmarkDotNet.Reports;

namespace MentorGraph.Benchmarks;

/// <summary>
/// Writes the figures of a run as JSON for compare/report.mjs, which puts them beside
/// graphql-js's: one entry per benchmark case, named <c>Class.Method.Parameter</c>
/// (for example <c>Parse.FromBytes.GitHubSchema</c>).
/// </summary>
public static class ResultsFile
{
    public static void Write(string path, IEnumerable<Summary> summaries, string loadAtStart)
    {
        var results = new List<Dictionary<string, object?>>();
        foreach (var report in summaries.SelectMany(summary => summary.Reports))
        {
            var benchmark = report.BenchmarkCase;
            var type = benchmark.Descriptor.Type.Name.Replace("Benchmarks", "", StringComparison.Ordinal);
            var parameter = benchmark.Parameters.Items.FirstOrDefault()?.Value?.ToString();
            var statistics = report.ResultStatistics;
            results.Add(new Dictionary<string, object?>
            {
                ["id"] = $"{type}.{benchmark.Descriptor.WorkloadMethod.Name}.{parameter}",
                ["meanNs"] = statistics?.Mean,
                ["stdDevNs"] = statistics?.StandardDeviation,
                ["medianNs"] = statistics?.Median,
                ["allocatedBytes"] = report.GcStats.GetBytesAllocatedPerOperation(benchmark),
                ["error"] = statistics is null ? "the benchmark did not run; see the log above" : null,
            });
        }

        var document = new Dictionary<string, object?>
        {
            ["runtime"] = RuntimeInformation.FrameworkDescription,
            ["os"] = RuntimeInformation.OSDescription,
            ["processorCount"] = Environment.ProcessorCount,
            ["loadAverageAtStart"] = loadAtStart,
            ["loadAverageAtEnd"] = LoadAverage(),
            ["results"] = results,
        };
        File.WriteAllText(path, JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true }));
    }

    /// <summary>The 1, 5 and 15 minute load averages from /proc/loadavg, or "unknown" off Linux.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
