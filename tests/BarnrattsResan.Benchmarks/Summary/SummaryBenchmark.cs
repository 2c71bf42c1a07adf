using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Questions;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Summaries;
using BarnrattsResan.Testing;
using BenchmarkDotNet.Attributes;

namespace BarnrattsResan.Benchmarks.Summary;

/// <summary>
/// How long the summary of a large round takes to compile and turn into cards: one operation, repeated, on one
/// thread, which is what BenchmarkDotNet measures (warm-up, enough iterations, mean, error, allocations).
/// The round is the tests' sample round (<see cref="SampleRounds"/>).
/// </summary>
[MemoryDiagnoser]
public class SummaryBenchmark
{
    private static readonly QuestionCatalog Catalog = SampleRounds.Catalog;
    private static readonly TimeZoneInfo Zone = UserTime.FindZone("Europe/Stockholm");
    private static readonly Texts Swedish = Language.Swedish.Texts();

    private Round round = null!;
    private Answer[] answers = [];
    private DateTimeOffset now;

    /// <summary>The rounds measured: how many answers, of how many characters each.</summary>
    public static IEnumerable<SummarySize> Sizes { get; } =
        [new(100, 300), new(1000, 300), new(5000, 300), new(500, 4000)];

    [ParamsSource(nameof(Sizes))]
    public SummarySize Size { get; set; } = new(100, 300);

    [GlobalSetup]
    public void Setup() => (round, answers, now) = Build(Size);

    /// <summary>Returns how many cards the summary took (BenchmarkDotNet keeps the result, and the cards are the bot's internal type).</summary>
    [Benchmark(Description = "compile + cards")]
    public int CompileIntoCards() =>
        SummaryCards.Build(SummaryCompiler.Compile(round, answers, now), Catalog, Swedish, Zone).Count;

    /// <summary>What each size gives (parts, largest part): the same on every run, so counted once, not timed.</summary>
    public static void PrintShapes()
    {
        Console.WriteLine("answers | answer length | parts | largest part KB");
        foreach (var size in Sizes)
        {
            var (round, answers, now) = Build(size);
            var parts = SummaryCards.Build(SummaryCompiler.Compile(round, answers, now), Catalog, Swedish, Zone);
            Console.WriteLine($"{size.Answers,7} | {size.Length,13} | {parts.Count,5} | {parts.Max(p => AdaptiveCard.SizeInBytes(p.Card)) / 1024.0,15:F1}");
        }

        Console.WriteLine();
    }

    private static (Round Round, Answer[] Answers, DateTimeOffset Now) Build(SummarySize size)
    {
        var round = SampleRounds.Create() with { Title = "Benchmark" };
        var now = round.SummaryDueAt;
        var answers = Enumerable.Range(0, size.Answers)
            .Select(i => new Answer(round.Questions[i % round.Questions.Count].Id, $"p{i}", new string('å', size.Length), $"Kollega {i}", round.CreatedAt.AddSeconds(i), round.CreatedAt.AddSeconds(i)))
            .ToArray();
        return (round, answers, now);
    }
}

/// <summary>A round's size for <see cref="SummaryBenchmark"/>: <paramref name="Answers"/> answers of <paramref name="Length"/> characters.</summary>
public sealed record SummarySize(int Answers, int Length)
{
    public override string ToString() => $"{Answers} × {Length} chars";
}
