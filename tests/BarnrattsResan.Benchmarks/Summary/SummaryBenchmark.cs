using System.Diagnostics;
using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Questions;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Summaries;

namespace BarnrattsResan.Benchmarks.Summary;

/// <summary>How long the summary of a large round takes to compile and turn into cards (median of five timed runs after two warm-ups).</summary>
public static class SummaryBenchmark
{
    public static void Run()
    {
        var catalog = QuestionCatalog.LoadEmbedded();
        var zone = UserTime.FindZone("Europe/Stockholm");
        var now = DateTimeOffset.UtcNow;
        var thread = new ConversationAddress("msteams", "https://smba.example/", "19:bench@thread.tacv2", ConversationKind.Channel, "tenant", "28:bot", "Barnrättsresan");
        var round = new Round
        {
            ConversationKey = thread.Key,
            Id = RoundIds.New(),
            Title = "Benchmark",
            Language = Language.Swedish,
            TimeZoneId = zone.Id,
            Facilitator = new Person("f", "Facilitator"),
            Questions = catalog.AllSets.Where(s => s.IsDefault).SelectMany(s => s.Questions.Select(q => new RoundQuestion(q.Id, s.Id, q.Text))).ToArray(),
            MomentId = "4C",
            MeetingAt = now.AddDays(2),
            SummaryDueAt = now.AddDays(1),
            CreatedAt = now,
            Thread = thread,
            AnonymitySalt = RoundIds.NewSalt(),
        };

        Console.WriteLine("answers | answer length | parts | median ms (compile + cards) | largest part KB");
        foreach (var (count, length) in new[] { (100, 300), (1000, 300), (5000, 300), (500, 4000) })
        {
            var answers = Enumerable.Range(0, count)
                .Select(i => new Answer(round.Questions[i % round.Questions.Count].Id, $"p{i}", new string('å', length), $"Kollega {i}", now.AddSeconds(i), now.AddSeconds(i)))
                .ToArray();
            var timings = new List<double>();
            IReadOnlyList<CardMessage> parts = [];
            for (var run = 0; run < 7; run++)
            {
                var stopwatch = Stopwatch.StartNew();
                parts = SummaryCards.Build(SummaryCompiler.Compile(round, answers, now), catalog, Language.Swedish.Texts(), zone);
                stopwatch.Stop();
                if (run > 1) timings.Add(stopwatch.Elapsed.TotalMilliseconds);
            }

            timings.Sort();
            Console.WriteLine($"{count,7} | {length,13} | {parts.Count,5} | {timings[timings.Count / 2],27:F1} | {parts.Max(p => AdaptiveCard.SizeInBytes(p.Card)) / 1024.0,15:F1}");
        }
    }
}
