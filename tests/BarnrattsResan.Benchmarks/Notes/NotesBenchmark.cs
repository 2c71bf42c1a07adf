using System.Diagnostics;
using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Notes;
using BarnrattsResan.Bot.Questions;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Summaries;
using BarnrattsResan.Testing;

namespace BarnrattsResan.Benchmarks.Notes;

/// <summary>
/// How long the notes take to build as a Word document and an Excel workbook (median of five timed runs after two
/// warm-ups), and, with <c>--sample DIR</c>, a sample round's notes written to DIR (for the README's picture).
/// </summary>
public static class NotesBenchmark
{
    private static readonly QuestionCatalog Catalog = QuestionCatalog.LoadEmbedded();

    public static void Run(string? sampleDirectory)
    {
        var now = DateTimeOffset.UtcNow;
        var round = Round(now);
        Console.WriteLine("answers | answer length | docx median ms | docx KB | xlsx median ms | xlsx KB");
        foreach (var (count, length) in new[] { (100, 300), (1000, 300), (12000, 300), (500, 4000) })
        {
            var answers = Enumerable.Range(0, count)
                .Select(i => new Answer(round.Questions[i % round.Questions.Count].Id, $"p{i}", new string('å', length), $"Kollega {i}", now.AddSeconds(i), now.AddSeconds(i)))
                .ToArray();
            var summary = SummaryCompiler.Compile(round, answers, now);
            var (wordMs, wordBytes) = Time(() => NotesFiles.Build(summary, Catalog, NoteKind.Word));
            var (excelMs, excelBytes) = Time(() => NotesFiles.Build(summary, Catalog, NoteKind.Excel));
            Console.WriteLine($"{count,7} | {length,13} | {wordMs,14:F0} | {wordBytes / 1024,7} | {excelMs,14:F0} | {excelBytes / 1024,7}");
        }

        if (sampleDirectory is not null)
        {
            Directory.CreateDirectory(sampleDirectory);
            var sample = Sample(now);
            foreach (var kind in new[] { NoteKind.Word, NoteKind.Excel })
            {
                var file = NotesFiles.Build(sample, Catalog, kind);
                var path = Path.Combine(sampleDirectory, "sample." + kind.Extension());
                File.WriteAllBytes(path, file.Content);
                Console.WriteLine($"Wrote {path} ({file.Name})");
            }
        }
    }

    private static (double Median, int Bytes) Time(Func<NoteFile> build)
    {
        var timings = new List<double>();
        var bytes = 0;
        for (var run = 0; run < 7; run++)
        {
            var stopwatch = Stopwatch.StartNew();
            bytes = build().Content.Length;
            stopwatch.Stop();
            if (run > 1) timings.Add(stopwatch.Elapsed.TotalMilliseconds);
        }

        timings.Sort();
        return (timings[timings.Count / 2], bytes);
    }

    private static Round Round(DateTimeOffset now, string title = "Benchmark") =>
        SampleRounds.Create() with
        {
            Title = title,
            CoFacilitators = [],
            GroupLeads = [new Person("l", "Karin Processledare")],
            CreatedAt = now,
        };

    /// <summary>A named round on the preschool administration with three colleagues' answers, as the end-to-end scenario plays it.</summary>
    private static CompiledSummary Sample(DateTimeOffset now)
    {
        var round = Round(now, "Förankring på förskoleförvaltningen");
        var at = new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
        var texts = new (int Question, string Name, string Text)[]
        {
            (0, "Anna Åberg", "Vi har börjat fråga barnen innan vi ändrar något i utemiljön. Det har blivit en vana på två av tre avdelningar."),
            (0, "Erik Öst", "Barnkonventionen finns nu med i verksamhetsplanen.\nMen vi har inte hunnit följa upp målen för de yngsta barnen."),
            (0, "Sara Ek", "Mer delaktighet i planeringen av temaarbetet."),
            (1, "Anna Åberg", "Att barnen själva fick presentera sina förslag för förvaltningsledningen."),
            (1, "Sara Ek", "Checklistan för barnkonsekvensanalys är lätt att använda."),
            (2, "Erik Öst", "Tid. Vi behöver avsätta tid på arbetsplatsträffarna."),
            (3, "Anna Åberg", "Ja, men det tog längre tid än vi trodde att komma i gång."),
            (4, "Sara Ek", "Fortsätt med barnkonsekvensanalyser i alla större beslut, och följ upp dem i barnbokslutet."),
        };
        var answers = texts.Select((a, i) => new Answer(round.Questions[a.Question].Id, a.Name, a.Text, a.Name, at.AddMinutes(i * 7), at.AddMinutes(i * 7))).ToArray();
        return SummaryCompiler.Compile(round, answers, new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero));
    }
}
