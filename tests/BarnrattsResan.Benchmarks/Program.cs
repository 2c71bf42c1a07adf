// The bot's benchmarks, run by hand and never by `dotnet test` (this is an exe, not a test project):
//
//   dotnet run -c Release --project tests/BarnrattsResan.Benchmarks                      answering against a floor (default)
//   dotnet run -c Release --project tests/BarnrattsResan.Benchmarks -- answers --runs 5  more alternating runs per side
//   dotnet run -c Release --project tests/BarnrattsResan.Benchmarks -- summary           compiling large summaries into cards (BenchmarkDotNet)
//   dotnet run -c Release --project tests/BarnrattsResan.Benchmarks -- notes [--sample DIR]  building the notes as Word and Excel files
//
// Speed is reported as a ratio to a floor measured in the same run, with the machine named, because absolute
// times on shared machines vary from run to run; no test asserts a time.
//
// Why not BenchmarkDotNet for "answers": BenchmarkDotNet measures the mean time of one operation repeated in a
// fresh process, one invocation at a time. This benchmark needs latency percentiles and throughput of many
// concurrent requests (32 in flight) through two hosted ASP.NET Core pipelines sharing one external Azurite
// process, alternated in the same process so that both sides see the same machine load. That is a load test,
// so it is timed with Stopwatch around each request. The summary benchmark is one operation repeated on one thread,
// which is what BenchmarkDotNet is for, so it uses it (Summary/SummaryBenchmark.cs).
using BarnrattsResan.Benchmarks.Answers;
using BarnrattsResan.Benchmarks.Notes;
using BarnrattsResan.Benchmarks.Summary;

namespace BarnrattsResan.Benchmarks;

internal static class Program
{
    private const string Usage = "Usage: dotnet run -c Release --project tests/BarnrattsResan.Benchmarks [-- answers [--runs N] | summary | notes [--sample DIR]]";

    public static async Task<int> Main(string[] args)
    {
        var mode = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "answers";
        switch (mode)
        {
            case "summary":
                SummaryBenchmarkRunner.Run();
                return 0;
            case "notes":
                var sample = Array.IndexOf(args, "--sample") is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
                NotesBenchmark.Run(sample);
                return 0;
            case "answers":
                var runs = OptionValue(args, "--runs") ?? AnswerBenchmark.DefaultRunsPerSide;
                if (runs < 1)
                {
                    Console.Error.WriteLine("--runs must be at least 1.");
                    return 2;
                }

                return await AnswerBenchmark.RunAsync(runs);
            default:
                Console.Error.WriteLine(Usage);
                return 2;
        }
    }

    private static int? OptionValue(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) ? value : null;
    }
}
