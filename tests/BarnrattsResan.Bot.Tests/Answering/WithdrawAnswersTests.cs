using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Summaries;
using BarnrattsResan.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BarnrattsResan.Bot.Tests.Answering;

/// <summary>A colleague takes back their own answers while the round is open; the counts follow; nobody else's answers are touched.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class WithdrawAnswersTests(AzuriteFixture azurite)
{
    private static Texts Sv => Texts.For(Language.Swedish);

    [Fact]
    public async Task AColleagueRemovesTheirAnswerFromTheirOwnCardAndTheCountFollows()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync();
        var questions = channel.QuestionCards();
        var annas = await channel.AnswerAsync(channel.Anna, questions[0], "Annas första svar");
        await channel.AnswerAsync(channel.Anna, questions[1], "Annas andra svar");
        await channel.AnswerAsync(channel.Erik, questions[0], "Eriks svar");
        Assert.Contains(Sv.Answers.DeleteMyAnswer(1), CardText.ActionTitles(annas));
        Assert.DoesNotContain(Sv.Answers.DeleteMyAnswer(1), CardText.ActionTitles(questions[0])); // not on the card everyone shares

        var after = await channel.App.InvokeAsync(channel.Activities.Click(channel.Anna, annas, CardVerbs.DeleteAnswer));

        Assert.Contains(Sv.Answers.AnswerDeleted, CardText.Of(after));
        Assert.Contains(Sv.Answers.AnswerCount(1), CardText.Of(after));
        Assert.DoesNotContain("Annas första svar", CardText.Of(after));
        Assert.DoesNotContain(Sv.Answers.DeleteMyAnswer(1), CardText.ActionTitles(after));
        var store = channel.App.Services.GetRequiredService<AnswerStore>();
        var roundId = CardData.RoundIdOf(questions[0]);
        Assert.Equal(["Eriks svar"], (await store.ListAsync(roundId, CardData.QuestionIdOf(questions[0]), CancellationToken.None)).Select(a => a.Text));
        Assert.Equal(1, await store.CountAsync(roundId, CardData.QuestionIdOf(questions[0]), CancellationToken.None));
        Assert.Equal(["Annas andra svar"], (await store.ListAsync(roundId, CardData.QuestionIdOf(questions[1]), CancellationToken.None)).Select(a => a.Text));

        var again = await channel.App.InvokeAsync(channel.Activities.Click(channel.Anna, annas, CardVerbs.DeleteAnswer));
        Assert.Contains(Sv.Answers.AnswerCount(1), CardText.Of(again));
        Assert.Equal(1, await store.CountAsync(roundId, CardData.QuestionIdOf(questions[0]), CancellationToken.None));
    }

    [Fact]
    public async Task InAnAnonymousRoundTheCommandRemovesAllTheirAnswersAfterAskingAndOnlyTheyLearnHowMany()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync(("anonymous", "true"));
        var questions = channel.QuestionCards();
        await channel.AnswerAsync(channel.Anna, questions[0], "Ett");
        await channel.AnswerAsync(channel.Anna, questions[1], "Två");
        await channel.AnswerAsync(channel.Erik, questions[0], "Eriks");

        var ask = Assert.Single(await channel.SayAsync(channel.Anna, "radera mina svar"));
        Assert.Contains(Sv.Answers.DeleteMyAnswersTitle("Förankring på förskoleförvaltningen"), ask.Text);
        Assert.DoesNotContain("2", ask.Text);
        Assert.Equal(3, await channel.StoredAnswerCountAsync());

        var done = await channel.App.InvokeAsync(channel.Activities.Click(channel.Anna, ask.Card!, CardVerbs.DeleteMyAnswers));

        Assert.Contains(Sv.Answers.MyAnswersDeleted(2), CardText.Of(done));
        Assert.Equal(1, await channel.StoredAnswerCountAsync());
        var status = Assert.Single(await channel.SayAsync(channel.Facilitator, "status")).Text;
        Assert.Contains(Sv.Rounds.StatusParticipants(1), status);
        // The question titles are the question bank's own words; the count after each is what the test is about.
        Assert.Contains($"1. Vilka mål har vi uppnått? — **{Sv.Answers.QuestionAnswerCount(1)}**", status);
        Assert.Contains($"2. Inom vilka utvecklingsområden har vi inte nått ända fram? — **{Sv.Answers.QuestionAnswerCount(0)}**", status);
    }

    [Fact]
    public async Task AfterTheRoundClosesAnswersStayAndTheBotSaysWhy()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync();
        var annas = await channel.AnswerAsync(channel.Anna, channel.QuestionCards()[0], "Mitt svar");
        await channel.SayAsync(channel.Facilitator, "avsluta");

        var command = Assert.Single(await channel.SayAsync(channel.Anna, "delete my answers"));
        var button = await channel.App.InvokeAsync(channel.Activities.Click(channel.Anna, annas, CardVerbs.DeleteAnswer));

        Assert.Contains(Sv.Answers.AnswersCannotBeDeleted(sealedAnonymous: false), command.Text);
        Assert.Contains(Sv.Answers.AnswersCannotBeDeleted(sealedAnonymous: false), CardText.Of(button));
        Assert.Equal(1, await channel.StoredAnswerCountAsync());

        await using var anonymous = await TeamChannel.OpenAsync(azurite);
        await anonymous.StartRoundAsync(("anonymous", "true"));
        await anonymous.AnswerAsync(anonymous.Anna, anonymous.QuestionCards()[0], "Anonymt");
        anonymous.App.Time.Advance(TimeSpan.FromDays(8));
        await anonymous.App.Services.GetRequiredService<SummaryScheduler>().RunDueAsync(CancellationToken.None);
        var sealedReply = Assert.Single(await anonymous.SayAsync(anonymous.Anna, "radera mina svar"), s => s.Kind != "update");
        Assert.Contains(Sv.Answers.AnswersCannotBeDeleted(sealedAnonymous: true), sealedReply.Text);
        Assert.Equal(1, await anonymous.StoredAnswerCountAsync());
    }
}
