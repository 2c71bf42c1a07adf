using BarnrattsResan.Testing;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace BarnrattsResan.Benchmarks.Summary;

/// <summary>Runs <see cref="SummaryBenchmark"/> with BenchmarkDotNet.</summary>
public static class SummaryBenchmarkRunner
{
    /// <summary>
    /// In this process (BenchmarkDotNet's in-process toolchain), not in a project it generates and builds: that
    /// project would have to repeat the Bot Framework references by path (BotFramework.targets) and a restore, for
    /// no gain in a single-threaded CPU measurement. Ten iterations after three warm-ups keep the run to a few minutes.
    /// Results (Markdown, CSV, HTML) go to artifacts/benchmarks.
    /// </summary>
    public static void Run()
    {
        SummaryBenchmark.PrintShapes();
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithWarmupCount(3)
            .WithIterationCount(10);
        var config = DefaultConfig.Instance
            .AddJob(job)
            .WithArtifactsPath(Path.Combine(RepoPaths.RepoRoot, "artifacts", "benchmarks"));
        BenchmarkRunner.Run<SummaryBenchmark>(config);
    }
}
