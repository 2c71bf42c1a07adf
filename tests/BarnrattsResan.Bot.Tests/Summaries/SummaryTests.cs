using System.Diagnostics;
using System.Text.RegularExpressions;
using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Summaries;

namespace BarnrattsResan.Bot.Tests.Summaries;

public sealed class SummaryTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AnswersAreGroupedPerQuestionInTheOrderTheyCameWithParticipation()
    {
        var round = SampleRounds.Create();
        var answers = new[]
        {
            new Answer(round.Questions[1].Id, "p2", "Andra frågan, Erik", "Erik", Now.AddMinutes(3), Now.AddMinutes(3)),
            new Answer(round.Questions[0].Id, "p1", "Första frågan, Anna", "Anna", Now.AddMinutes(2), Now.AddMinutes(5)),
            new Answer(round.Questions[0].Id, "p2", "Första frågan, Erik", "Erik", Now.AddMinutes(1), Now.AddMinutes(1)),
        };

        var summary = SummaryCompiler.Compile(round, answers, Now);

        Assert.Equal(2, summary.Participants);
        Assert.Equal(3, summary.AnswerCount);
        Assert.Equal(new[] { "Första frågan, Erik", "Första frågan, Anna" }, summary.Questions[0].Answers.Select(a => a.Text));
        Assert.Equal(new[] { "Andra frågan, Erik" }, summary.Questions[1].Answers.Select(a => a.Text));
        Assert.Empty(summary.Questions[5].Answers);
    }

    [Fact]
    public void ASmallSummaryIsOneCardWithNamesAndThePreparationText()
    {
        var round = SampleRounds.Create();
        var summary = SummaryCompiler.Compile(round, [new Answer(round.Questions[0].Id, "p1", "Vi nådde målet", "Anna Åberg", Now, Now)], Now);

        var card = Assert.Single(SummaryCards.Build(summary, SampleRounds.Catalog, Language.Swedish.Texts(), UserTime.FindZone("Europe/Stockholm")));

        var text = CardText.Of(card.Card);
        Assert.Contains("Sammanfattning: Förankring", text);
        Assert.Contains("1 person deltog och lämnade 1 svar på 6 frågor.", text);
        Assert.Contains("Anna Åberg", text);
        Assert.Contains("Inga svar på den här frågan.", text);
        Assert.Contains("Ta med dig anteckningarna till sista mötet med Barnrättsresans arbetsgrupp.", text);
    }

    [Fact]
    public void FiveHundredLongAnswersAreSplitIntoPartsUnder80KbWithNothingDropped()
    {
        var round = SampleRounds.Create();
        var answers = Enumerable.Range(0, 500).Select(i => new Answer(
            round.Questions[i % 6].Id,
            $"p{i}",
            $"Svar {i:D3}: " + new string('ä', 3990),
            $"Kollega {i:D3} Öberg",
            Now.AddSeconds(i),
            Now.AddSeconds(i))).ToArray();

        var stopwatch = Stopwatch.StartNew();
        var summary = SummaryCompiler.Compile(round, answers, Now);
        var parts = SummaryCards.Build(summary, SampleRounds.Catalog, Language.Swedish.Texts(), UserTime.FindZone("Europe/Stockholm"));
        stopwatch.Stop();

        Assert.True(parts.Count > 20, $"Expected many parts, got {parts.Count}.");
        Assert.All(parts, p => Assert.True(MessageSize.Of(p) <= MessageSize.MaxBytes, $"A part is {MessageSize.Of(p)} bytes in UTF-16."));
        var all = string.Join("\n", parts.Select(p => CardText.Of(p.Card)));
        Assert.Equal(500, Regex.Matches(all, @"Svar (\d{3}): ä{3990}").Select(m => m.Groups[1].Value).Distinct().Count());
        Assert.Equal(500, Regex.Matches(all, @"Kollega (\d{3}) Öberg").Select(m => m.Groups[1].Value).Distinct().Count());

        Assert.Contains($"Del 1 av {parts.Count}", CardText.Of(parts[0].Card));
        Assert.Contains($"Sammanfattningen fortsätter i del 2 av {parts.Count}.", CardText.Of(parts[0].Card));
        Assert.Contains("Förbered dig inför mötet med arbetsgruppen", CardText.Of(parts[^1].Card));
        Console.WriteLine($"500 answers of 4,000 characters: {parts.Count} parts, compiled and built in {stopwatch.ElapsedMilliseconds} ms.");
    }

    [Fact]
    public void AnAnonymousSummaryNamesNobody()
    {
        var round = SampleRounds.Create(anonymous: true);
        var summary = SummaryCompiler.Compile(round, [new Answer(round.Questions[0].Id, "p1", "Ett svar", null, Now, Now)], Now);

        var text = CardText.Of(SummaryCards.Build(summary, SampleRounds.Catalog, Language.Swedish.Texts(), UserTime.FindZone("Europe/Stockholm"))[0].Card);

        Assert.Contains("Rundan var anonym: svaren visas utan namn.", text);
        Assert.Contains("Ett svar", text);
    }

    [Fact]
    public void TheEnglishSummaryIsInEnglish()
    {
        var round = SampleRounds.Create();
        var summary = SummaryCompiler.Compile(round, [], Now);

        var text = CardText.Of(SummaryCards.Build(summary, SampleRounds.Catalog, Language.English.Texts(), UserTime.FindZone("Europe/Stockholm"))[0].Card);

        Assert.Contains("Summary: Förankring", text);
        Assert.Contains("0 people took part and gave 0 answers to 6 questions.", text);
        Assert.Contains("Which goals have we achieved?", text);
        Assert.Contains("Prepare for the meeting with the working group", text);
    }
}
