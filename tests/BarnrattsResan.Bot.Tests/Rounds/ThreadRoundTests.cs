using System.Text.Json.Nodes;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Tests.Infrastructure;

namespace BarnrattsResan.Bot.Tests.Rounds;

/// <summary>A command written in a round's thread is about that round; elsewhere about the only open round, or the bot asks which.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class ThreadRoundTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task CommandsInTwoThreadsOfOneChannelActOnTheirOwnRounds()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        var threadA = channel.Activities;
        var threadB = channel.Activities.InThread("1700000000002");
        await channel.StartRoundInAsync(threadA, ("title", "Runda A"));
        await channel.StartRoundInAsync(threadB, ("title", "Runda B"), ("mode", "live"));

        Assert.Contains(Texts.For(Language.Swedish).Rounds.Closed("Runda A"), Reply(await channel.SayAsync(channel.Facilitator, "avsluta", threadA)));
        Assert.All(channel.QuestionCards(threadB), card => Assert.NotNull(CardText.Action(card, CardVerbs.SubmitAnswer)));

        var statusB = Reply(await channel.SayAsync(channel.Anna, "status", threadB));
        Assert.Contains(Texts.For(Language.Swedish).Rounds.StatusTitle("Runda B"), statusB);
        Assert.Contains(Texts.For(Language.Swedish).Rounds.StateOpen, statusB);
        var statusA = Reply(await channel.SayAsync(channel.Anna, "status", threadA));
        Assert.Contains(Texts.For(Language.Swedish).Rounds.StatusTitle("Runda A"), statusA);
        Assert.Contains(Texts.For(Language.Swedish).Rounds.StateClosed, statusA);

        // "öppna" in the finished round's thread is about that round, not the open one.
        Assert.Contains("Rundan ”Runda A” är öppen igen.", Reply(await channel.SayAsync(channel.Facilitator, "öppna", threadA)));
        Assert.Contains(Texts.For(Language.Swedish).Rounds.Refusal(RoundRefusal.AlreadyOpen), Reply(await channel.SayAsync(channel.Facilitator, "öppna", threadB)));

        Assert.Contains(Texts.For(Language.Swedish).Rounds.Advanced(2, 6), Reply(await channel.SayAsync(channel.Facilitator, "nästa", threadB)));
        Assert.Contains(Texts.For(Language.Swedish).Rounds.Refusal(RoundRefusal.NotLive), Reply(await channel.SayAsync(channel.Facilitator, "nästa", threadA)));
        Assert.Equal(2, channel.QuestionCards(threadB).Count);
        Assert.Equal(6, channel.QuestionCards(threadA).Count);
    }

    [Fact]
    public async Task OutsideAnyRoundsThreadWithTwoOpenRoundsTheBotAsksWhichAndTheChosenRoundIsActedOn()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        var threadA = channel.Activities;
        var threadB = channel.Activities.InThread("1700000000002");
        var elsewhere = channel.Activities.InThread("1700000000009");
        await channel.StartRoundInAsync(threadA, ("title", "Runda A"));
        await channel.StartRoundInAsync(threadB, ("title", "Runda B"));
        var roundB = CardData.RoundIdOf(channel.QuestionCards(threadB)[0]);

        var chooser = Assert.Single(await channel.SayAsync(channel.Facilitator, "avsluta", elsewhere));
        Assert.Contains(Texts.For(Language.Swedish).Rounds.ChooseRoundTitle, chooser.Text);
        Assert.Contains("Runda A", chooser.Text);
        Assert.Contains("Runda B", chooser.Text);
        var buttons = CardData.Buttons(chooser.Card!, CardVerbs.ChooseRound);
        Assert.Equal(2, buttons.Count);
        Assert.All(channel.QuestionCards(threadA).Concat(channel.QuestionCards(threadB)), card => Assert.NotNull(CardText.Action(card, CardVerbs.SubmitAnswer)));

        var forB = buttons.Single(b => b["data"]!["roundId"]!.GetValue<string>() == roundB);
        var refused = await channel.App.InvokeAsync(elsewhere.Execute(channel.Anna, CardVerbs.ChooseRound, forB["data"]!.DeepClone().AsObject()));
        Assert.Contains(Texts.For(Language.Swedish).NotAllowed("Maria Lind"), CardText.Of(refused));

        var done = await channel.App.InvokeAsync(elsewhere.Execute(channel.Facilitator, CardVerbs.ChooseRound, forB["data"]!.DeepClone().AsObject()));
        await channel.DeliverAsync();
        Assert.Contains(Texts.For(Language.Swedish).Rounds.Closed("Runda B"), CardText.Of(done));
        Assert.All(channel.QuestionCards(threadB), card => Assert.Null(CardText.Action(card, CardVerbs.SubmitAnswer)));
        Assert.All(channel.QuestionCards(threadA), card => Assert.NotNull(CardText.Action(card, CardVerbs.SubmitAnswer)));

        // Now only one round is open: a command outside the threads is about it, without asking.
        var status = Reply(await channel.SayAsync(channel.Anna, "status", elsewhere));
        Assert.Contains(Texts.For(Language.Swedish).Rounds.StatusTitle("Runda A"), status);
    }

    [Fact]
    public async Task AChooserButtonCarryingAnotherChannelsRoundFindsNothingThere()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync(("title", "Runda A"));
        var round = CardData.RoundIdOf(channel.QuestionCards()[0]);
        var otherChannel = channel.Activities.InChannel($"19:{Guid.NewGuid():N}@thread.tacv2");

        var reply = await channel.App.InvokeAsync(otherChannel.Execute(channel.Facilitator, CardVerbs.ChooseRound, new JsonObject { ["roundId"] = round, ["command"] = "Close" }));

        Assert.Contains(Texts.For(Language.Swedish).RoundNotFound, CardText.Of(reply));
        Assert.All(channel.QuestionCards(), card => Assert.NotNull(CardText.Action(card, CardVerbs.SubmitAnswer)));
    }

    /// <summary>The bot's answer to a command, leaving out cards it posted or updated in the thread because of it.</summary>
    private static string Reply(IReadOnlyList<SentActivity> sent) =>
        Assert.Single(sent, s => s.Kind != "update" && s.Card is { } card && CardText.Action(card, CardVerbs.RefreshQuestion) is null).Text;
}
