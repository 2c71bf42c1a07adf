using System.Text.Json.Nodes;
using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Methods;
using BarnrattsResan.Bot.Presentations;
using BarnrattsResan.Bot.Questions;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Summaries;
using SampleRounds = BarnrattsResan.Testing.SampleRounds;

namespace BarnrattsResan.Bot.Tests.Presentations;

/// <summary>Where the results and the next moment show: introduction, question cards, summary and the lead's copy, with and without them.</summary>
public sealed class PresentationCardsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Stockholm = UserTime.FindZone("Europe/Stockholm");

    private static Texts Sv => Texts.For(Language.Swedish);

    private static Texts En => Texts.For(Language.English);

    private static Round WithResults(Round round) => round with
    {
        ResultsText = "Vi har nått **tre** av fyra mål.\n[Klicka här](https://evil.example)",
        ResultsLinks = [new ResultLink("Slutrapporten", "https://kommunen.se/rapport.pdf"), new ResultLink("Bilder (PDF)", "https://kommunen.se/a_(b)")],
    };

    [Fact]
    public void TheIntroductionShowsTheResultsAsTypedBeforeTheQuestionsWithTheLinksAsButtons()
    {
        var card = RoundCards.Introduction(WithResults(SampleRounds.Create()), SampleRounds.Catalog).Card;

        var texts = TextBlocks(card);
        var heading = texts.IndexOf(Sv.Presentations.ResultsHeading);
        Assert.True(heading > 0);
        Assert.True(heading < texts.FindIndex(t => t.Contains("Vilka mål har vi uppnått?", StringComparison.Ordinal)));
        // What the facilitator typed, with its Markdown escaped: the exact text is the point.
        Assert.Equal("Vi har nått \\*\\*tre\\*\\* av fyra mål.\n\n\\[Klicka här\\](https://evil.example)", texts[heading + 1].Replace("https\\://", "https://", StringComparison.Ordinal));
        var links = CardText.Actions(card).Where(a => a["type"]!.GetValue<string>() == "Action.OpenUrl").ToArray();
        Assert.Equal(["Slutrapporten", "Bilder (PDF)"], links.Select(l => l["title"]!.GetValue<string>()));
        Assert.Equal("https://kommunen.se/rapport.pdf", links[0]["url"]!.GetValue<string>());
        Assert.Contains(Sv.Presentations.EditResults, CardText.ActionTitles(card));
    }

    [Fact]
    public void WithoutResultsTheIntroductionIsAsBeforeAndAClosedRoundOffersNoCorrection()
    {
        var open = RoundCards.Introduction(SampleRounds.Create(), SampleRounds.Catalog).Card;
        var closed = RoundCards.Introduction(SampleRounds.Create() with { State = RoundState.Closed }, SampleRounds.Catalog).Card;

        Assert.DoesNotContain(Sv.Presentations.ResultsHeading, CardText.Of(open));
        Assert.DoesNotContain(CardText.Actions(open), a => a["type"]!.GetValue<string>() == "Action.OpenUrl");
        Assert.Equal([Sv.Presentations.EditResults], CardText.ActionTitles(open));
        Assert.Empty(CardText.ActionTitles(closed));
    }

    [Fact]
    public void AQuestionCardUnfoldsTheResultsInPlaceOnlyWhenThereAreResults()
    {
        var round = WithResults(SampleRounds.Create());

        var card = QuestionCard.Shared(round, round.Questions[1], 0).Card;
        var without = QuestionCard.Shared(SampleRounds.Create(), round.Questions[1], 0).Card;

        var show = Assert.Single(CardText.Actions(card), a => a["type"]!.GetValue<string>() == "Action.ShowCard");
        Assert.Equal(Sv.Presentations.ShowResults(2), show["title"]!.GetValue<string>());
        Assert.Contains("Vi har nått \\*\\*tre\\*\\* av fyra mål.", CardText.Of(show["card"]!.AsObject()));
        Assert.Contains("Slutrapporten", CardText.ActionTitles(show["card"]!.AsObject()));
        Assert.DoesNotContain(CardText.Actions(without), a => a["type"]!.GetValue<string>() == "Action.ShowCard");
    }

    [Fact]
    public void TheSummaryAndTheLeadsCopyShowTheResultsAtTheTopAndEndWithTheNextMomentAndTheMethods()
    {
        var round = WithResults(SampleRounds.Create());
        var summary = SummaryCompiler.Compile(round, [new Answer(round.Questions[0].Id, "p1", "Vi nådde målet", "Anna Åberg", Now, Now)], Now);

        var card = Assert.Single(SummaryCards.Build(summary, SampleRounds.Catalog, Texts.For(Language.Swedish), Stockholm)).Card;
        var lead = SummaryCards.ForLead(new CardMessage(card, "x"), round.Title, Texts.For(Language.Swedish)).Card;

        foreach (var shown in new[] { card, lead })
        {
            var texts = TextBlocks(shown);
            var block = texts.IndexOf(Sv.Presentations.SummaryResultsHeading);
            Assert.InRange(block, 1, texts.FindIndex(t => t.StartsWith("1. ", StringComparison.Ordinal)));
            Assert.Contains("- [Slutrapporten](https://kommunen.se/rapport.pdf)\n- [Bilder (PDF)](https://kommunen.se/a_%28b%29)", texts);
            Assert.Equal(Sv.Summaries.NextMoment("Utvärdera Barnrättsresan som process i arbetsgruppen"), texts[^2]); // the next moment's title is the question bank's
            var methods = Assert.Single(CardText.Actions(shown), a => a["type"]!.GetValue<string>() == "Action.ShowCard");
            Assert.Equal(Sv.Methods.ShowMethods, methods["title"]!.GetValue<string>());
            Assert.Contains("Barnbokslut", CardText.Of(methods["card"]!.AsObject()));
        }
    }

    [Fact]
    public void InEnglishTheSummaryEndsWithTheNextMomentInEnglish()
    {
        var round = SampleRounds.Create(language: Language.English);
        var card = SummaryCards.Build(SummaryCompiler.Compile(round, [], Now), SampleRounds.Catalog, Texts.For(Language.English), Stockholm)[^1].Card;

        Assert.Contains(En.Summaries.NextMoment("Evaluate Barnrättsresan as a process in the working group"), CardText.Of(card));
        Assert.DoesNotContain(En.Presentations.SummaryResultsHeading, CardText.Of(card));
    }

    [Fact]
    public void AMomentWithoutANextOneSaysNothingAboutIt()
    {
        var builtIn = SampleRounds.Catalog;
        var lastMoment = new QuestionCatalog(builtIn.Steps.Select(s => s with { Moments = s.Moments.Select(m => m with { Next = null }).ToArray() }).ToArray());
        var round = SampleRounds.Create();

        var card = Assert.Single(SummaryCards.Build(SummaryCompiler.Compile(round, [], Now), lastMoment, Texts.For(Language.Swedish), Stockholm)).Card;

        Assert.DoesNotContain(Sv.Summaries.NextMoment(string.Empty), CardText.Of(card));
        Assert.DoesNotContain(CardText.Actions(card), a => a["type"]!.GetValue<string>() == "Action.ShowCard");
        Assert.Contains("Förbered dig inför mötet med arbetsgruppen", CardText.Of(card)); // the question set's preparation title (question bank)
    }

    /// <summary>The top-level text blocks in reading order, without those inside the methods' unfolding card.</summary>
    private static List<string> TextBlocks(JsonObject card) => Walk(card["body"]).ToList();

    private static IEnumerable<string> Walk(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "TextBlock" => [o["text"]!.GetValue<string>()],
        JsonObject o when o["type"]?.GetValue<string>() is "Action.ShowCard" => [],
        JsonObject o => o.Where(p => p.Key is not "data").SelectMany(p => Walk(p.Value)),
        JsonArray a => a.SelectMany(Walk),
        _ => [],
    };
}
