using System.Text.RegularExpressions;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Tests.Infrastructure;

namespace BarnrattsResan.Bot.Tests.Outbound;

/// <summary>
/// Two instances never send the same post: the one that holds a lane's lease finishes what Teams accepted even when
/// it is stopping, and one whose lease ran out while it waited (Teams' tenant budget, a slow machine) stops before
/// sending instead of sending what the instance that took the lane over already sent. Against the connector
/// stand-in, the real adapter over HTTP and real Azurite.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class OneSenderPerLaneTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task AnInstanceStoppedWhileTeamsIsAnsweringAPostRecordsItSoTheOtherInstanceDoesNotPostItAgain()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await using var second = new BotApp(azurite, channel.App.Time, channel.App.TablePrefix);
        _ = second.Server;
        var setup = await channel.SetupCardAsync();
        var before = channel.Connector.Sent.Count;
        var thread = channel.Activities.ThreadConversationId;

        // Teams accepts each post at once but answers a second later: the instance is stopped in that second.
        channel.Connector.AnswerDelay = TimeSpan.FromSeconds(1);
        await channel.App.InvokeAsync(channel.Activities.Click(channel.Facilitator, setup, CardVerbs.CreateRound,
            ("title", "Stoppas mitt i"), ("sets", "presentera-resultatet"), ("meetingDate", "2026-12-03"), ("meetingTime", "13:00"), ("mode", "all")));
        await channel.RunClockUntilAsync(() => channel.Connector.Sent.Skip(before).Count(s => s.ConversationId == thread) >= 2);
        Assert.True(channel.Connector.Answering, "The stand-in was not answering a post when the instance stopped.");

        await channel.App.DisposeAsync();
        channel.Connector.AnswerDelay = TimeSpan.Zero;
        await channel.DeliverAsync();

        AssertEachCardOnce(channel.Connector.Sent.Skip(before).Where(s => s.ConversationId == thread && s.Kind != "update").ToArray());
    }

    [Fact]
    public async Task AnInstanceWhoseLeaseRanOutWhileItWaitedForTheTenantBudgetDoesNotSendWhatTheOtherInstanceTookOver()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        // This instance's share of the tenant budget is one request a second, so with eight threads starting at once
        // the last ones wait longer than the lease (five seconds) before their first send.
        channel.App.Settings["Outbound:TenantRequestsPerSecond"] = "1";
        channel.App.Settings["Outbound:Lease"] = "00:00:05";
        await using var second = new BotApp(azurite, channel.App.Time, channel.App.TablePrefix, settings: new Dictionary<string, string> { ["Outbound:Lease"] = "00:00:05" });
        _ = second.Server;
        var threads = Enumerable.Range(0, 8).Select(i => channel.Activities.InThread($"17000000020{i:D2}")).ToArray();
        var setups = new List<System.Text.Json.Nodes.JsonObject>();
        foreach (var thread in threads)
        {
            setups.Add(Assert.Single(await channel.SayAsync(channel.Facilitator, "starta", thread)).Card!);
        }

        var before = channel.Connector.Sent.Count;
        foreach (var (thread, i) in threads.Select((t, i) => (t, i)))
        {
            await channel.App.InvokeAsync(thread.Click(channel.Facilitator, setups[i], CardVerbs.CreateRound,
                ("title", $"Runda {i}"), ("sets", "presentera-resultatet"), ("meetingDate", "2026-12-03"), ("meetingTime", "13:00"), ("mode", "all")));
        }

        await channel.DeliverAsync();

        foreach (var thread in threads)
        {
            AssertEachCardOnce(channel.Connector.Sent.Skip(before).Where(s => s.ConversationId == thread.ThreadConversationId && s.Kind != "update").ToArray());
        }
    }

    /// <summary>The thread got the introduction and every question card of the round (the presentation set's three), each once.</summary>
    private static void AssertEachCardOnce(IReadOnlyList<SentActivity> posts)
    {
        var cards = posts.Select(p => Regex.Match(p.Text, @"Fråga \d+ av 3|Nu är det dags").Value).ToArray();
        Assert.True(
            cards.Order().SequenceEqual(new[] { "Fråga 1 av 3", "Fråga 2 av 3", "Fråga 3 av 3", "Nu är det dags" }.Order()),
            $"The thread got: {string.Join(" | ", cards)}.");
    }
}
