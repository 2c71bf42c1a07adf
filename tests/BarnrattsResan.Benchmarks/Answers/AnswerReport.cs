using System.Globalization;

namespace BarnrattsResan.Benchmarks.Answers;

/// <summary>The answering benchmark's tables: one line per run as it ends, then the two sides and their ratios.</summary>
public static class AnswerReport
{
    private static readonly string Columns = Invariant(
        $"{"p50 ms",7} {"p95 ms",8} {"answers/s",10}   {"storage calls/answer",-22}  {"Teams calls/answer",-22}  CPU ms/answer");

    private static readonly string Legend = Invariant(
        $"{string.Empty,7} {string.Empty,8} {string.Empty,10}   {"total (req.+backgr.)",-22}  {"total (req.+backgr.)",-22}  bot+Azurite");

    public static void PrintRunHeader()
    {
        Console.WriteLine("run  side    " + Columns + "  stored");
        Console.WriteLine("             " + Legend);
    }

    /// <summary>Prints one run; false (and a mark) if an answer failed or was not stored.</summary>
    public static bool PrintRun(RunFigures r)
    {
        var run = r.Run == 0 ? "warm" : r.Run.ToString(CultureInfo.InvariantCulture);
        Console.WriteLine(Invariant(
            $"{run,-4} {r.Side,-7} {Figures(r.Load.P50, r.Load.P95, r.Load.AnswersPerSecond, r.Storage, r.Teams, r.Answers, r.Cpu, r.Answers),-91}  {r.Stored,6}{(r.AllSaved ? string.Empty : " !")}{(r.Drained ? string.Empty : "  (background still busy when the run ended)")}"));
        if (r.Load.FirstFailure is not null)
        {
            Console.WriteLine($"     {r.Load.Failures} failed answers; the first: {r.Load.FirstFailure}");
        }

        return r.AllSaved;
    }

    public static void PrintSummary(IReadOnlyList<RunFigures> floorRuns, IReadOnlyList<RunFigures> productRuns, double p95Target, double throughputTarget)
    {
        var floor = SideFigures.Of(floorRuns);
        var product = SideFigures.Of(productRuns);
        var p95Ratio = product.P95 / floor.P95;
        var throughputRatio = product.AnswersPerSecond / floor.AnswersPerSecond;

        Console.WriteLine();
        Console.WriteLine($"Both sides: medians over {floorRuns.Count} runs of p50, p95, answers/s and CPU; calls per answer over all measured runs.");
        Console.WriteLine("side    " + Columns);
        Console.WriteLine("        " + Legend);
        foreach (var (name, s) in new[] { ("floor", floor), ("product", product) })
        {
            Console.WriteLine(Invariant($"{name,-7} {Figures(s.P50, s.P95, s.AnswersPerSecond, s.Storage, s.Teams, s.Answers, s.CpuPerRun, s.AnswersPerRun)}"));
        }

        Console.WriteLine();
        Console.WriteLine($"Storage calls per answer by kind: floor {Kinds(floor)}; product {Kinds(product)}");
        Console.WriteLine();
        Console.WriteLine(Invariant($"product/floor   p95 {p95Ratio:F2}× (target ≤ {p95Target:F2}×: {Verdict(p95Ratio <= p95Target)})   answers/s {throughputRatio:F2}× (target ≥ {throughputTarget:F2}×: {Verdict(throughputRatio >= throughputTarget)})"));
        Console.WriteLine(Invariant($"                p50 {product.P50 / floor.P50:F2}×   CPU per answer {CpuRatio(product, floor)} (bot process and Azurite together; varies less than time on a shared machine)"));
    }

    private static string Figures(double p50, double p95, double perSecond, CallCount storage, CallCount teams, long answers, CpuTime cpu, long cpuAnswers) =>
        Invariant($"{p50,7:F1} {p95,8:F1} {perSecond,10:F0}   {PerAnswer(storage, answers),-22}  {PerAnswer(teams, answers),-22}  {cpu.Bot.TotalMilliseconds / cpuAnswers:F1}+{(cpu.Azurite is { } a ? (a.TotalMilliseconds / cpuAnswers).ToString("F1", CultureInfo.InvariantCulture) : "?")}");

    private static string PerAnswer(CallCount calls, long answers) =>
        Invariant($"{(double)calls.Total / answers:F2} ({(double)calls.RequestPath / answers:F2}+{(double)calls.Background / answers:F2})");

    private static string Kinds(SideFigures side) =>
        string.Join(", ", side.StorageKinds.Where(k => k.Value > 0).OrderBy(k => k.Key == StorageCallCounter.Conflicts).ThenBy(k => k.Key, StringComparer.Ordinal)
            .Select(k => Invariant($"{k.Key} {(double)k.Value / side.Answers:F2}")));

    private static string CpuRatio(SideFigures product, SideFigures floor) =>
        product.CpuPerRun.Azurite is { } pa && floor.CpuPerRun.Azurite is { } fa
            ? Invariant($"{((product.CpuPerRun.Bot + pa).TotalMilliseconds / product.AnswersPerRun) / ((floor.CpuPerRun.Bot + fa).TotalMilliseconds / floor.AnswersPerRun):F2}×")
            : "?";

    private static string Verdict(bool met) => met ? "met" : "MISSED";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
