using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Summaries;
using BarnrattsResan.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BarnrattsResan.Bot.Tests.Answering;

/// <summary>A colleague takes back their own answers while the round is open; the counts follow; nobody else's answers are touched.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class WithdrawAnswersTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task AColleagueRemovesTheirAnswerFromTheirOwnCardAndTheCountFollows()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync();
        var questions = channel.QuestionCards();
        var annas = await channel.AnswerAsync(channel.Anna, questions[0], "Annas första svar");
        await channel.AnswerAsync(channel.Anna, questions[1], "Annas andra svar");
        await channel.AnswerAsync(channel.Erik, questions[0], "Eriks svar");
        Assert.Contains(CardText.ActionTitles(annas), title => title.StartsWith("Ta bort mitt svar", StringComparison.Ordinal));
        Assert.DoesNotContain(CardText.ActionTitles(questions[0]), title => title.StartsWith("Ta bort mitt svar", StringComparison.Ordinal)); // not on the card everyone shares

        var after = await channel.App.InvokeAsync(channel.Activities.Click(channel.Anna, annas, CardVerbs.DeleteAnswer));

        Assert.Contains("Ditt svar är borttaget.", CardText.Of(after));
        Assert.Contains("1 person har svarat", CardText.Of(after));
        Assert.DoesNotContain("Annas första svar", CardText.Of(after));
        Assert.DoesNotContain(CardText.ActionTitles(after), title => title.StartsWith("Ta bort mitt svar", StringComparison.Ordinal));
        var store = channel.App.Services.GetRequiredService<AnswerStore>();
        var roundId = CardData.RoundIdOf(questions[0]);
        Assert.Equal(["Eriks svar"], (await store.ListAsync(roundId, CardData.QuestionIdOf(questions[0]), CancellationToken.None)).Select(a => a.Text));
        Assert.Equal(1, await store.CountAsync(roundId, CardData.QuestionIdOf(questions[0]), CancellationToken.None));
        Assert.Equal(["Annas andra svar"], (await store.ListAsync(roundId, CardData.QuestionIdOf(questions[1]), CancellationToken.None)).Select(a => a.Text));

        var again = await channel.App.InvokeAsync(channel.Activities.Click(channel.Anna, annas, CardVerbs.DeleteAnswer));
        Assert.Contains("1 person har svarat", CardText.Of(again));
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
        Assert.Contains("Ta bort dina svar i rundan", ask.Text);
        Assert.DoesNotContain("2", ask.Text);
        Assert.Equal(3, await channel.StoredAnswerCountAsync());

        var done = await channel.App.InvokeAsync(channel.Activities.Click(channel.Anna, ask.Card!, CardVerbs.DeleteMyAnswers));

        Assert.Contains("Dina 2 svar i rundan är borttagna.", CardText.Of(done));
        Assert.Equal(1, await channel.StoredAnswerCountAsync());
        var status = Assert.Single(await channel.SayAsync(channel.Facilitator, "status")).Text;
        Assert.Contains("1 person har deltagit", status);
        Assert.Contains("1. Vilka mål har vi uppnått? — **1 svar**", status);
        Assert.Contains("2. Inom vilka utvecklingsområden har vi inte nått ända fram? — **0 svar**", status);
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

        Assert.Contains("Rundan är avslutad, så svaren hör till sammanfattningen", command.Text);
        Assert.Contains("Rundan är avslutad, så svaren hör till sammanfattningen", CardText.Of(button));
        Assert.Equal(1, await channel.StoredAnswerCountAsync());

        await using var anonymous = await TeamChannel.OpenAsync(azurite);
        await anonymous.StartRoundAsync(("anonymous", "true"));
        await anonymous.AnswerAsync(anonymous.Anna, anonymous.QuestionCards()[0], "Anonymt");
        anonymous.App.Time.Advance(TimeSpan.FromDays(8));
        await anonymous.App.Services.GetRequiredService<SummaryScheduler>().RunDueAsync(CancellationToken.None);
        var sealedReply = Assert.Single(await anonymous.SayAsync(anonymous.Anna, "radera mina svar"), s => s.Kind != "update");
        Assert.Contains("Ingen, inte heller jag, kan längre se vilka svar som är dina", sealedReply.Text);
        Assert.Equal(1, await anonymous.StoredAnswerCountAsync());
    }
}
