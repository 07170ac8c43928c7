using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace MentorGraph.Benchmarks;

/// <summary>
/// The two ways the suite runs. Both run in this process (no generated project to build, which
/// on a shared 2-core machine costs more than the measurements), with a fixed number of
/// iterations so that a full run stays under about ten minutes.
/// </summary>
public static class BenchmarkJobs
{
    /// <summary>For figures: 4 warm-up and 12 measured iterations of about half a second each.</summary>
    public static Job Full { get; } = Job.Default
        .WithToolchain(InProcessEmitToolchain.Instance)
        .WithLaunchCount(1)
        .WithWarmupCount(4)
        .WithIterationCount(12)
        .WithId("Full");

    /// <summary><c>--quick</c>, for smoke runs: BenchmarkDotNet's ShortRun (3 warm-up, 3 measured iterations).</summary>
    public static Job Quick { get; } = Job.ShortRun
        .WithToolchain(InProcessEmitToolchain.Instance)
        .WithId("Quick");

    public static IConfig Config(bool quick, string artifactsPath) => DefaultConfig.Instance
        .AddJob(quick ? Quick : Full)
        .WithArtifactsPath(artifactsPath)
        .WithOptions(ConfigOptions.JoinSummary);
}
