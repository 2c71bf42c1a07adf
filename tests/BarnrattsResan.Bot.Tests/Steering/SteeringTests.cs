using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Help;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Summaries;
using BarnrattsResan.Bot.Tests.Infrastructure;

namespace BarnrattsResan.Bot.Tests.Steering;

/// <summary>Only the facilitator and the co-facilitators they name steer a round; live mode moves one question at a time.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class SteeringTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("sammanfatta")]
    [InlineData("avsluta")]
    [InlineData("nästa")]
    public async Task AColleagueWhoTriesToSteerIsPolitelyRefused(string command)
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync(("mode", "live"));

        var reply = Assert.Single(await channel.SayAsync(channel.Erik, command));

        Assert.Contains(Texts.For(Language.Swedish).NotAllowed("Maria Lind"), reply.Text);
        Assert.Single(channel.QuestionCards());
        Assert.DoesNotContain(channel.Connector.Sent, s => s.Text.Contains(Texts.For(Language.Swedish).Summaries.SummaryTitle("Förankring på förskoleförvaltningen")));
    }

    [Fact]
    public async Task ACoFacilitatorMaySteer()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync(("mode", "live"), ("coFacilitators", channel.Sara.AadObjectId));

        var replies = await channel.SayAsync(channel.Sara, "nästa");

        Assert.Contains(replies, r => r.Text.Contains(Texts.For(Language.Swedish).Rounds.Advanced(2, 6)));
        Assert.Equal(2, channel.QuestionCards().Count);
    }

    [Fact]
    public async Task InLiveModeTheFacilitatorAdvancesOneQuestionAtATimeAndEarlierQuestionsStayAnswerable()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync(("mode", "live"));
        var first = Assert.Single(channel.QuestionCards());
        Assert.Contains(Texts.For(Language.Swedish).Answers.QuestionHeading(1, 6), CardText.Of(first));
        Assert.Contains(Texts.For(Language.Swedish).Answers.NextQuestion(2, 6), CardText.ActionTitles(first));

        var refused = await channel.App.InvokeAsync(channel.Activities.Click(channel.Anna, first, CardVerbs.NextQuestion));
        Assert.Contains(Texts.For(Language.Swedish).NotAllowed("Maria Lind"), CardText.Of(refused));
        Assert.Single(channel.QuestionCards());

        var afterButton = await channel.App.InvokeAsync(channel.Activities.Click(channel.Facilitator, first, CardVerbs.NextQuestion));
        Assert.DoesNotContain(Texts.For(Language.Swedish).Answers.NextQuestion(2, 6), CardText.ActionTitles(afterButton));
        await channel.DeliverAsync();
        var questions = channel.QuestionCards();
        Assert.DoesNotContain(Texts.For(Language.Swedish).Answers.NextQuestion(2, 6), CardText.ActionTitles(questions[0]));
        Assert.Contains(Texts.For(Language.Swedish).Answers.NextQuestion(3, 6), CardText.ActionTitles(questions[1]));
        Assert.Equal(2, questions.Count);
        Assert.Contains("Inom vilka utvecklingsområden har vi inte nått ända fram?", CardText.Of(questions[1]));

        var late = await channel.AnswerAsync(channel.Anna, first, "Ett svar på första frågan");
        Assert.Contains(Texts.For(Language.Swedish).Answers.YourAnswer, CardText.Of(late));

        for (var i = 0; i < 4; i++) await channel.SayAsync(channel.Facilitator, "nästa");
        Assert.Equal(6, channel.QuestionCards().Count);
        var last = Assert.Single(await channel.SayAsync(channel.Facilitator, "nästa"));
        Assert.Contains(Texts.For(Language.Swedish).Rounds.Refusal(RoundRefusal.NoMoreQuestions), last.Text);
    }

    [Fact]
    public async Task CloseAndReopen()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync();

        Assert.Contains(Texts.For(Language.Swedish).Rounds.Closed("Förankring på förskoleförvaltningen"), Reply(await channel.SayAsync(channel.Facilitator, "avsluta")));
        Assert.Contains(Texts.For(Language.Swedish).Rounds.Refusal(RoundRefusal.AlreadyClosed), Reply(await channel.SayAsync(channel.Facilitator, "avsluta")));
        Assert.Contains(Texts.For(Language.Swedish).Rounds.Reopened("Förankring på förskoleförvaltningen", "onsdag 2 december 2026 kl. 13:00"), Reply(await channel.SayAsync(channel.Facilitator, "öppna")));

        var answer = await channel.AnswerAsync(channel.Anna, channel.QuestionCards()[0], "Nu går det igen");
        Assert.Contains(Texts.For(Language.Swedish).Answers.YourAnswer, CardText.Of(answer));
    }

    [Fact]
    public async Task ClosingShowsEveryoneThatTheQuestionsAreClosed()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync();

        await channel.SayAsync(channel.Facilitator, "avsluta");

        Assert.All(channel.QuestionCards(), card =>
        {
            Assert.Contains(Texts.For(Language.Swedish).Answers.RoundClosedNote, CardText.Of(card));
            Assert.DoesNotContain(CardText.ActionTitles(card), title => Enumerable.Range(1, 6).Any(n => title == Texts.For(Language.Swedish).Answers.SendAnswer(n)));
        });

        await channel.SayAsync(channel.Facilitator, "öppna");
        var reopened = channel.QuestionCards();
        for (var i = 0; i < reopened.Count; i++)
        {
            Assert.Contains(Texts.For(Language.Swedish).Answers.SendAnswer(i + 1), CardText.ActionTitles(reopened[i]));
        }
    }

    [Fact]
    public async Task StatusShowsTheAnswersPerQuestionAndParticipation()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync();
        var questions = channel.QuestionCards();
        await channel.AnswerAsync(channel.Anna, questions[0], "Ett");
        await channel.AnswerAsync(channel.Anna, questions[1], "Två");
        await channel.AnswerAsync(channel.Erik, questions[0], "Tre");

        var status = Assert.Single(await channel.SayAsync(channel.Anna, "status")).Text;

        Assert.Contains(Texts.For(Language.Swedish).Rounds.StatusParticipants(2), status);
        // The question titles are the question bank's own words; the count after each is what the test is about.
        Assert.Contains($"1. Vilka mål har vi uppnått? — **{Texts.For(Language.Swedish).Answers.QuestionAnswerCount(2)}**", status);
        Assert.Contains($"2. Inom vilka utvecklingsområden har vi inte nått ända fram? — **{Texts.For(Language.Swedish).Answers.QuestionAnswerCount(1)}**", status);
        Assert.Contains(Texts.For(Language.Swedish).Rounds.StateOpen, status);
    }

    [Fact]
    public async Task WithNoRoundTheSteeringCommandsSaySo()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);

        Assert.Contains(Texts.For(Language.Swedish).Rounds.NoActiveRound, Assert.Single(await channel.SayAsync(channel.Facilitator, "status")).Text);
        Assert.Contains(Texts.For(Language.Swedish).Rounds.NoActiveRound, Assert.Single(await channel.SayAsync(channel.Facilitator, "sammanfatta")).Text);
    }

    [Fact]
    public async Task ColleaguesSeeEachOthersAnswersOnlyWhenTheRoundAllowsIt()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync(("showOthers", "true"));
        var question = channel.QuestionCards()[0];
        await channel.AnswerAsync(channel.Anna, question, "Annas tanke");

        var eriks = await channel.AnswerAsync(channel.Erik, question, "Eriks tanke");
        var all = await channel.App.InvokeAsync(channel.Activities.Click(channel.Erik, eriks, CardVerbs.ShowAnswers));

        Assert.Contains("**Anna Åberg**: Annas tanke", CardText.Of(all));
        Assert.Contains("**Erik Öst**: Eriks tanke", CardText.Of(all));

        await using var closed = await TeamChannel.OpenAsync(azurite);
        await closed.StartRoundAsync(("showOthers", "false"));
        var hidden = await closed.AnswerAsync(closed.Anna, closed.QuestionCards()[0], "Dolt svar");
        Assert.DoesNotContain(Texts.For(Language.Swedish).Answers.ShowOthersAnswers(1), CardText.ActionTitles(hidden));
    }

    [Fact]
    public async Task EnglishSpeakingColleaguesGetEnglish()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync();
        var english = channel.Activities.WithLocale("en-US");

        var help = Assert.Single(await channel.SayAsync(channel.Erik, "help", english)).Text;
        Assert.Contains(Texts.For(Language.English).Help.HelpTitle, help);

        var card = await channel.App.InvokeAsync(english.Click(channel.Erik, channel.QuestionCards()[0], CardVerbs.SubmitAnswer, ("answer", "Our goals")));
        Assert.Contains("Which goals have we achieved?", CardText.Of(card));
        Assert.Contains(Texts.For(Language.English).Answers.YourAnswer, CardText.Of(card));
        var refreshed = await channel.App.InvokeAsync(english.Click(channel.Erik, card, CardVerbs.RefreshQuestion));
        Assert.Contains(Texts.For(Language.English).Answers.AnswerCount(1), CardText.Of(refreshed));

        var methods = Assert.Single(await channel.SayAsync(channel.Erik, "methods", english)).Text;
        Assert.Contains("Children's rights report (barnbokslut)", methods);
    }

    [Fact]
    public async Task MethodsListsRevisionAndBarnbokslutWithLinks()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);

        var methods = Assert.Single(await channel.SayAsync(channel.Anna, "metoder"));

        Assert.Contains("Revision för barnets rättigheter", methods.Text);
        Assert.Contains("Barnbokslut", methods.Text);
        Assert.Contains("https://www.barnombudsmannen.se/stod-och-verktyg/genomfora-barnkonventionen/mata-folja-upp-och-utvardera/barnbokslut/", methods.Activity.ToJsonString());
    }

    /// <summary>The bot's answer to a command, leaving out the updates of cards posted earlier.</summary>
    private static string Reply(IReadOnlyList<SentActivity> sent) => Assert.Single(sent, s => s.Kind != "update").Text;
}
