using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BarnrattsResan.Bot.Tests.Outbound;

/// <summary>
/// The answering path with several instances: each keeps a short-lived copy of the round and marks a shared card at
/// most once per two seconds, yet the shared card ends on the exact count, and an answer a stale copy took just after
/// the round closed is in the summary.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class AnswerPathAcrossInstancesTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task FortyColleaguesAnsweringThroughTwoInstancesEndWithTheExactCountOnTheSharedCard()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await using var second = new BotApp(azurite, channel.App.Time, channel.App.TablePrefix);
        _ = second.Server;
        await channel.StartRoundAsync();
        var question = channel.QuestionCards()[0];
        var messageId = channel.Connector.Sent.First(s => s.Kind != "update" && s.Card is { } c && CardText.Of(c).Contains("Fråga 1 av 6")).ActivityId;
        var colleagues = Enumerable.Range(1, 40).Select(i => TestUser.Create($"Kollega {i}")).ToArray();

        // Bursts on both instances, most of them inside one instance's two seconds after its last mark, so most answers
        // mark nothing; the clock moves on between the bursts while both workers update the card.
        for (var burst = 0; burst < 8; burst++)
        {
            await Parallel.ForEachAsync(colleagues.Skip(burst * 5).Take(5).Select((c, i) => (c, i)), async (pair, _) =>
            {
                var instance = pair.i % 2 == 0 ? channel.App : second;
                var card = await instance.InvokeAsync(channel.Activities.Click(pair.c, question, CardVerbs.SubmitAnswer, ("answer", $"Svar från {pair.c.Name}")));
                Assert.Contains("Ditt sparade svar", CardText.Of(card));
            });
            channel.App.Time.Advance(TimeSpan.FromMilliseconds(700));
            await Task.Delay(20);
        }

        await channel.DeliverAsync();

        Assert.Equal(40, await channel.StoredAnswerCountAsync());
        var updates = channel.Connector.Sent.Where(s => s.Kind == "update" && s.ActivityId == messageId).ToArray();
        Assert.NotEmpty(updates);
        foreach (var (earlier, later) in updates.Zip(updates.Skip(1)))
        {
            Assert.True(later.At - earlier.At >= TimeSpan.FromSeconds(2), $"Two updates {(later.At - earlier.At).TotalSeconds:F1} s apart.");
        }

        Assert.Contains("40 personer har svarat", updates[^1].Text);
        Assert.Contains("40 personer har svarat", CardText.Of(channel.QuestionCards()[0]));
    }

    [Fact]
    public async Task OneLateAnswerWhoseMarkWasSkippedStillReachesTheSharedCard()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync();
        var question = channel.QuestionCards()[0];

        // Anna's answer marks the card; Erik's, a moment later on the same instance, does not: only the worker's
        // recount after its update can show it.
        await channel.App.InvokeAsync(channel.Activities.Click(channel.Anna, question, CardVerbs.SubmitAnswer, ("answer", "Först")));
        await channel.RunClockUntilAsync(() => channel.Connector.Sent.Any(s => s.Kind == "update" && s.Text.Contains("1 person har svarat")));
        await channel.App.InvokeAsync(channel.Activities.Click(channel.Erik, question, CardVerbs.SubmitAnswer, ("answer", "Sedan")));
        await channel.DeliverAsync();

        Assert.Contains("2 personer har svarat", CardText.Of(channel.QuestionCards()[0]));
    }

    [Fact]
    public async Task AnAnswerAnotherInstanceTookOnItsCopyJustAfterTheRoundClosedIsInTheSummary()
    {
        // The commands below are posted without moving the test clock (that would age the copy), so the stand-in must
        // not make their replies wait for Retry-After on it.
        await using var channel = await TeamChannel.OpenAsync(azurite, teamsLimits: false);
        await using var second = new BotApp(azurite, channel.App.Time, channel.App.TablePrefix);
        _ = second.Server;
        await channel.StartRoundAsync();
        var question = channel.QuestionCards()[0];

        // The second instance reads the round (Anna answers there), then the facilitator closes it on the first.
        Assert.Contains("Ditt sparade svar", CardText.Of(await second.InvokeAsync(channel.Activities.Click(channel.Anna, question, CardVerbs.SubmitAnswer, ("answer", "Annas svar")))));
        Assert.True((await channel.App.PostAsync(channel.Activities.Mention(channel.Facilitator, "avsluta"))).IsSuccessStatusCode);
        Assert.True((await channel.App.PostAsync(channel.Activities.Mention(channel.Facilitator, "sammanfatta"))).IsSuccessStatusCode);

        // Within its copy's two seconds the second instance still takes Erik's answer (the bounded staleness)…
        var eriks = await second.InvokeAsync(channel.Activities.Click(channel.Erik, question, CardVerbs.SubmitAnswer, ("answer", "Eriks sena svar")));
        Assert.Contains("Ditt sparade svar", CardText.Of(eriks));

        // …while the first, which closed the round, refuses at once.
        var saras = await channel.App.InvokeAsync(channel.Activities.Click(channel.Sara, question, CardVerbs.SubmitAnswer, ("answer", "Saras svar")));
        Assert.Contains("Rundan är avslutad", CardText.Of(saras));

        // The summary is compiled after the grace, so Erik's answer is in it.
        await channel.DeliverUntilAsync(() => channel.Connector.Sent.Any(s => s.Text.Contains("Sammanfattning:")));
        var summary = string.Join("\n", channel.Connector.Sent.Where(s => s.ConversationId == channel.Activities.ThreadConversationId && s.Text.Contains("Sammanfattning:")).Select(s => s.Text));
        Assert.Contains("Annas svar", summary);
        Assert.Contains("Eriks sena svar", summary);
        Assert.DoesNotContain("Saras svar", summary);

        // Once the copy is older than two seconds, the second instance refuses too.
        channel.App.Time.Advance(RoundCache.Ttl);
        var late = await second.InvokeAsync(channel.Activities.Click(channel.Sara, question, CardVerbs.SubmitAnswer, ("answer", "Saras svar")));
        Assert.Contains("Rundan är avslutad", CardText.Of(late));
        Assert.Equal(2, await channel.StoredAnswerCountAsync());
    }

    [Fact]
    public async Task AnInstanceThatMovedALiveRoundOnTakesAnswersToTheNewQuestionAtOnceAndAStaleOneChecksStorageBeforeRefusing()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await using var second = new BotApp(azurite, channel.App.Time, channel.App.TablePrefix);
        _ = second.Server;
        await channel.StartRoundAsync(("mode", "live"));
        var first = channel.QuestionCards()[0];
        await second.InvokeAsync(channel.Activities.Click(channel.Anna, first, CardVerbs.SubmitAnswer, ("answer", "Svar på fråga 1")));

        await channel.SayAsync(channel.Facilitator, "nästa");
        var next = channel.QuestionCards()[1];

        // The second instance's copy still has question 1 as the open one; a refusal is checked against storage, so
        // it takes the answer to question 2.
        var eriks = await second.InvokeAsync(channel.Activities.Click(channel.Erik, next, CardVerbs.SubmitAnswer, ("answer", "Svar på fråga 2")));
        Assert.Contains("Ditt sparade svar", CardText.Of(eriks));
        var store = channel.App.Services.GetRequiredService<AnswerStore>();
        var roundId = CardData.RoundIdOf(next);
        Assert.Equal(["Svar på fråga 2"], (await store.ListAsync(roundId, CardData.QuestionIdOf(next), CancellationToken.None)).Select(a => a.Text));
    }
}
