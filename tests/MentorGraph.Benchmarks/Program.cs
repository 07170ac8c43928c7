using BenchmarkDotNet.Running;
using MentorGraph.Benchmarks;

// Usage (see docs/performance.md; ./run.sh runs this and graphql-js and writes the table):
//   dotnet run -c Release --project tests/MentorGraph.Benchmarks -- [--quick] [--results FILE] [BenchmarkDotNet options]
//   dotnet run -c Release --project tests/MentorGraph.Benchmarks -- --verify
// --verify times nothing: it checks the workload's answers (test.sh runs it in CI).
var arguments = new List<string>(args);

if (arguments.Remove("--verify"))
{
    return await WorkloadVerifier.RunAsync(Console.Out);
}

var quick = arguments.Remove("--quick");
string? resultsPath = null;
var resultsAt = arguments.IndexOf("--results");
if (resultsAt >= 0)
{
    if (resultsAt + 1 >= arguments.Count)
    {
        Console.Error.WriteLine("--results needs a file name.");
        return 2;
    }

    resultsPath = Path.GetFullPath(arguments[resultsAt + 1]);
    arguments.RemoveRange(resultsAt, 2);
}

if (WorkloadFiles.FindGitHubSchema() is null)
{
    Console.Error.WriteLine(WorkloadFiles.GitHubSchemaMissingMessage);
    Console.Error.WriteLine("Parse.*.GitHubSchema will fail; every other benchmark runs.");
}

// Without a filter BenchmarkDotNet asks which benchmarks to run; the default is all of them.
if (!arguments.Any(argument => argument is "--filter" or "-f"))
{
    arguments.AddRange(["--filter", "*"]);
}

var loadAtStart = ResultsFile.LoadAverage();
var artifacts = Path.Combine(Directory.GetCurrentDirectory(), "BenchmarkDotNet.Artifacts");
var summaries = BenchmarkSwitcher
    .FromTypes([typeof(ParseBenchmarks), typeof(ValidateBenchmarks), typeof(ExecuteBenchmarks), typeof(HttpBenchmarks)])
    .Run([.. arguments], BenchmarkJobs.Config(quick, artifacts))
    .ToList();

if (resultsPath is not null)
{
    ResultsFile.Write(resultsPath, summaries, loadAtStart);
    Console.WriteLine($"Results written to {resultsPath}");
}

return summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)) ? 1 : 0;
