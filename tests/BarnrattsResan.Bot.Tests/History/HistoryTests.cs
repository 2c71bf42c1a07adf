using BarnrattsResan.Bot.History;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Summaries;
using BarnrattsResan.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BarnrattsResan.Bot.Tests.History;

/// <summary>The journey over time: a channel's earlier rounds on the history card, and a new round's summary beside the last one's answers.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class HistoryTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task HistoryListsTheChannelsRoundsAndShowsASummaryAgainToWhoeverMaySeeIt()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await RoundWithSummaryAsync(channel, anonymous: false);
        var second = channel.Activities.InThread("1700000000002");
        await channel.StartRoundInAsync(second, ("title", "Förankring våren"), ("meetingDate", "2026-12-20"));

        var card = Assert.Single(await channel.SayAsync(channel.Erik, "historik")).Card!;
        var text = CardText.Of(card);
        Assert.Contains(Texts.For(Language.Swedish).History.HistoryTitle, text);
        Assert.True(text.IndexOf("Förankring våren", StringComparison.Ordinal) < text.IndexOf("Förankring hösten", StringComparison.Ordinal), "Newest first.");
        Assert.Contains("2 personer svarade · avslutad", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("0 personer svarade · öppen", text, StringComparison.OrdinalIgnoreCase);
        var buttons = CardData.Buttons(card, HistoryCard.ShowSummaryVerb);
        Assert.Equal(2, buttons.Count);
        Assert.Equal(Texts.For(Language.Swedish).History.HistoryShowSummary("Förankring hösten", "25 nov. 2026"), buttons[1]["title"]!.GetValue<string>());

        // The autumn round's summary has gone out in its thread: anyone in the channel may see it again.
        var (spring, autumn) = (buttons[0], buttons[1]); // newest first
        var shown = await channel.App.InvokeAsync(channel.Activities.Execute(channel.Erik, HistoryCard.ShowSummaryVerb, autumn["data"]!.DeepClone().AsObject()));
        Assert.Contains(Texts.For(Language.Swedish).Summaries.SummaryTitle("Förankring hösten"), CardText.Of(shown));
        Assert.Contains("Annas svar på hösten", CardText.Of(shown));

        // The spring round's summary has not: only its facilitator may see it before it goes out.
        var refused = await channel.App.InvokeAsync(channel.Activities.Execute(channel.Erik, HistoryCard.ShowSummaryVerb, spring["data"]!.DeepClone().AsObject()));
        Assert.Contains(Texts.For(Language.Swedish).History.HistorySummaryNotYet("Förankring våren"), CardText.Of(refused));
        var facilitators = await channel.App.InvokeAsync(channel.Activities.Execute(channel.Facilitator, HistoryCard.ShowSummaryVerb, spring["data"]!.DeepClone().AsObject()));
        Assert.Contains(Texts.For(Language.Swedish).Summaries.SummaryTitle("Förankring våren"), CardText.Of(facilitators));
    }

    [Fact]
    public async Task ANewRoundsSummaryShowsTheEarlierRoundsAnswersToTheSameQuestions()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await RoundWithSummaryAsync(channel, anonymous: false);
        var second = channel.Activities.InThread("1700000000002");
        await channel.StartRoundInAsync(second, ("title", "Förankring våren"), ("meetingDate", "2026-12-20"));
        await channel.AnswerAsync(channel.Sara, channel.QuestionCards(second)[0], "Saras svar på våren", second);

        var summary = await SummaryInAsync(channel, second);
        Assert.Contains("Saras svar på våren", summary);
        Assert.Contains("Förra gången: ”Förankring hösten”", summary);
        Assert.Contains(Texts.For(Language.Swedish).Summaries.ComparisonCounts(now: 1, before: 2, participantsBefore: 2), summary);
        Assert.Contains("Anna Åberg: Annas svar på hösten", summary);
        Assert.True(summary.IndexOf("Saras svar på våren", StringComparison.Ordinal) < summary.IndexOf("Annas svar på hösten", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnAnonymousRoundIsComparedOnlyAsAnonymousAnswers()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await RoundWithSummaryAsync(channel, anonymous: false);
        var second = channel.Activities.InThread("1700000000002");
        await channel.StartRoundInAsync(second, ("title", "Förankring våren"), ("meetingDate", "2026-12-20"), ("anonymous", "true"));
        await channel.AnswerAsync(channel.Sara, channel.QuestionCards(second)[0], "Ett anonymt svar", second);

        var summary = await SummaryInAsync(channel, second);
        Assert.Contains("Annas svar på hösten", summary);
        Assert.Contains("Eriks svar på hösten", summary);
        Assert.DoesNotContain("Anna Åberg", summary);
        Assert.DoesNotContain("Erik Öst", summary);
    }

    [Fact]
    public async Task HistoryInAChannelWithoutRoundsSaysSo()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        Assert.Contains(Texts.For(Language.Swedish).History.HistoryEmpty, Assert.Single(await channel.SayAsync(channel.Anna, "history")).Text);
    }

    /// <summary>An autumn round in the channel's first thread that Anna and Erik answer and whose summary falls due and goes out.</summary>
    private static async Task RoundWithSummaryAsync(TeamChannel channel, bool anonymous)
    {
        await channel.StartRoundAsync(("title", "Förankring hösten"), ("anonymous", anonymous ? "true" : "false"), ("reminders", "false"));
        await channel.AnswerAsync(channel.Anna, channel.QuestionCards()[0], "Annas svar på hösten");
        await channel.AnswerAsync(channel.Erik, channel.QuestionCards()[0], "Eriks svar på hösten");
        channel.App.Time.Advance(TimeSpan.FromDays(8));
        Assert.Equal(1, await channel.App.Services.GetRequiredService<SummaryScheduler>().RunDueAsync(CancellationToken.None));
        await channel.DeliverAsync();
    }

    /// <summary>The facilitator asks for the summary in a thread; the summary's text as posted there.</summary>
    private static async Task<string> SummaryInAsync(TeamChannel channel, TeamsActivities thread)
    {
        var before = channel.Connector.Sent.Count;
        await channel.SayAsync(channel.Facilitator, "sammanfatta", thread);
        await channel.DeliverAsync();
        return string.Join("\n", channel.Connector.Sent.Skip(before).Where(s => s.ConversationId == thread.ThreadConversationId && s.Text.Contains("Sammanfattning:", StringComparison.Ordinal)).Select(s => s.Text));
    }
}
