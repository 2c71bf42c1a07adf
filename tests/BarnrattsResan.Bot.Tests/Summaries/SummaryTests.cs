using System.Diagnostics;
using System.Text.RegularExpressions;
using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Summaries;

namespace BarnrattsResan.Bot.Tests.Summaries;

public sealed class SummaryTests
{
    private static Texts Sv => Texts.For(Language.Swedish);

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
        Assert.Contains(Sv.Summaries.SummaryTitle("Förankring"), text);
        Assert.Contains(Sv.Summaries.SummaryParticipation(people: 1, answers: 1, questions: 6), text);
        Assert.Contains("Anna Åberg", text);
        Assert.Contains(Sv.Summaries.SummaryNoAnswers, text);
        // The question set's own preparation text (question bank content), shown at the end of the summary.
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

        Assert.Contains(Sv.Summaries.SummaryPart(1, parts.Count), CardText.Of(parts[0].Card));
        Assert.Contains(Sv.Summaries.SummaryContinues(2, parts.Count), CardText.Of(parts[0].Card));
        Assert.Contains("Förbered dig inför mötet med arbetsgruppen", CardText.Of(parts[^1].Card)); // the question set's preparation title: the last part ends the summary
        Console.WriteLine($"500 answers of 4,000 characters: {parts.Count} parts, compiled and built in {stopwatch.ElapsedMilliseconds} ms.");
    }

    [Fact]
    public void AnAnonymousSummaryNamesNobody()
    {
        var round = SampleRounds.Create(anonymous: true);
        var summary = SummaryCompiler.Compile(round, [new Answer(round.Questions[0].Id, "p1", "Ett svar", null, Now, Now)], Now);

        var text = CardText.Of(SummaryCards.Build(summary, SampleRounds.Catalog, Language.Swedish.Texts(), UserTime.FindZone("Europe/Stockholm"))[0].Card);

        Assert.Contains(Sv.Summaries.SummaryAnonymous, text);
        Assert.Contains("Ett svar", text);
    }

    [Fact]
    public void TheEnglishSummaryIsInEnglish()
    {
        var round = SampleRounds.Create();
        var summary = SummaryCompiler.Compile(round, [], Now);

        var text = CardText.Of(SummaryCards.Build(summary, SampleRounds.Catalog, Language.English.Texts(), UserTime.FindZone("Europe/Stockholm"))[0].Card);

        Assert.Contains(Texts.For(Language.English).Summaries.SummaryTitle("Förankring"), text);
        Assert.Contains(Texts.For(Language.English).Summaries.SummaryParticipation(people: 0, answers: 0, questions: 6), text);
        // The question bank's English wording: the point is that the questions and preparation come in English too.
        Assert.Contains("Which goals have we achieved?", text);
        Assert.Contains("Prepare for the meeting with the working group", text);
    }
}
