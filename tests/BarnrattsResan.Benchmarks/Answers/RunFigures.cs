namespace BarnrattsResan.Benchmarks.Answers;

/// <summary>What one run of one side measured. Run 0 is the warm-up.</summary>
public sealed record RunFigures(
    string Side,
    int Run,
    LoadResult Load,
    int Answers,
    int Stored,
    CallCount Storage,
    IReadOnlyDictionary<string, long> StorageKinds,
    CallCount Teams,
    CpuTime Cpu,
    bool Drained)
{
    public bool AllSaved => Load.Failures == 0 && Stored == Answers;
}

/// <summary>One side over its measured runs: medians of the timings and CPU times (per run), sums of the calls.</summary>
public sealed record SideFigures(double P50, double P95, double AnswersPerSecond, CallCount Storage, IReadOnlyDictionary<string, long> StorageKinds, CallCount Teams, CpuTime CpuPerRun, long AnswersPerRun, long Answers)
{
    public static SideFigures Of(IReadOnlyList<RunFigures> runs) => new(
        Median(runs.Select(r => r.Load.P50)),
        Median(runs.Select(r => r.Load.P95)),
        Median(runs.Select(r => r.Load.AnswersPerSecond)),
        new CallCount(runs.Sum(r => r.Storage.RequestPath), runs.Sum(r => r.Storage.Background)),
        runs.SelectMany(r => r.StorageKinds).GroupBy(k => k.Key).ToDictionary(g => g.Key, g => g.Sum(k => k.Value)),
        new CallCount(runs.Sum(r => r.Teams.RequestPath), runs.Sum(r => r.Teams.Background)),
        new CpuTime(
            TimeSpan.FromTicks((long)Median(runs.Select(r => (double)r.Cpu.Bot.Ticks))),
            runs.All(r => r.Cpu.Azurite is not null) ? TimeSpan.FromTicks((long)Median(runs.Select(r => (double)r.Cpu.Azurite!.Value.Ticks))) : null),
        runs[0].Answers,
        runs.Sum(r => r.Answers));

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
