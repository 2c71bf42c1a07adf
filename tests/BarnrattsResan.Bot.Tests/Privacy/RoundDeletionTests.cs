using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Methods;
using BarnrattsResan.Bot.Privacy;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Summaries;
using BarnrattsResan.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BarnrattsResan.Bot.Tests.Privacy;

/// <summary><c>radera</c>: a facilitator deletes a round's data now, after confirming, and can keep the summary first.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class RoundDeletionTests(AzuriteFixture azurite)
{
    private static Texts Sv => Texts.For(Language.Swedish);

    [Fact]
    public async Task AfterConfirmingTheFacilitatorDeletesEveryRowOfTheRoundAndNothingElse()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        var threadA = channel.Activities;
        var threadB = channel.Activities.InThread("1700000000002");
        var otherChannel = channel.Activities.InChannel($"19:{Guid.NewGuid():N}@thread.tacv2");
        Assert.True((await channel.App.PostAsync(threadA.BotInstalled(channel.Facilitator))).IsSuccessStatusCode);
        await channel.StartRoundInAsync(threadA, ("title", "Runda A"));
        await channel.StartRoundInAsync(threadB, ("title", "Runda B"));
        await channel.StartRoundInAsync(otherChannel, ("title", "Runda C"));
        await channel.AnswerAsync(channel.Anna, channel.QuestionCards(threadA)[0], "Annas svar i A");
        await channel.AnswerAsync(channel.Erik, channel.QuestionCards(threadA)[1], "Eriks svar i A");
        await channel.AnswerAsync(channel.Anna, channel.QuestionCards(threadB)[0], "Annas svar i B", threadB);
        await channel.AnswerAsync(channel.Anna, channel.QuestionCards(otherChannel)[0], "Annas svar i C", otherChannel);
        var roundA = CardData.RoundIdOf(channel.QuestionCards(threadA)[0]);
        var roundB = CardData.RoundIdOf(channel.QuestionCards(threadB)[0]);
        var tables = await channel.TablesAsync();
        var before = await StoredRows.AllAsync(tables);
        var outboxOfB = await OutboxRowsOfAsync(tables, roundB);
        Assert.NotEmpty(await OutboxRowsOfAsync(tables, roundA)); // what the outbox remembers of round A's posts

        var confirm = Assert.Single(await channel.SayAsync(channel.Facilitator, "radera", threadA));
        Assert.Contains(Sv.Privacy.DeleteRoundTitle("Runda A"), confirm.Text);
        Assert.Equal([Sv.Privacy.DeleteRoundShowSummary, Sv.Privacy.DeleteRoundConfirm, Sv.Privacy.Cancel], CardText.ActionTitles(confirm.Card!));
        Assert.Equal(before, await StoredRows.AllAsync(tables));

        var refused = await channel.App.InvokeAsync(threadA.Click(channel.Anna, confirm.Card!, CardVerbs.DeleteRound));
        Assert.Contains(Sv.NotAllowed("Maria Lind"), CardText.Of(refused));
        Assert.Equal(before, await StoredRows.AllAsync(tables));

        var deleted = await channel.App.InvokeAsync(threadA.Click(channel.Facilitator, confirm.Card!, CardVerbs.DeleteRound));
        Assert.Contains(Sv.Privacy.RoundDeleted("Runda A"), CardText.Of(deleted));

        var ofRoundA = before.Where(r => BelongsTo(r, roundA)).ToHashSet();
        Assert.Single(ofRoundA, r => r.Table == "Rounds");
        Assert.Equal(2, ofRoundA.Count(r => r.Table == "Answers")); // the two answers; nothing else is stored per answer
        Assert.Single(ofRoundA, r => r.Table == "Jobs" && r.PartitionKey == "summary-due");
        Assert.Single(ofRoundA, r => r.Table == "Jobs" && r.PartitionKey == "retention-due");
        var after = await StoredRows.AllAsync(tables);
        // What is left of round A is one entry that erases it once more, a few seconds on: another instance's
        // short-lived copy of the round may still take an answer until then.
        var followUp = Assert.Single(after.Except(before));
        Assert.Equal("Jobs", followUp.Table);
        Assert.Equal("retention-due", followUp.PartitionKey);
        Assert.True(BelongsTo(followUp, roundA));
        Assert.Equal(before.Except(ofRoundA).ToHashSet(), after.Except([followUp]).ToHashSet());
        Assert.Empty(await OutboxRowsOfAsync(tables, roundA));
        Assert.Equal(outboxOfB, await OutboxRowsOfAsync(tables, roundB));

        // Such a late answer, written as a stale copy would write it, is erased by the sweep after the follow-up falls due.
        await tables.Answers.AddEntityAsync(new Azure.Data.Tables.TableEntity(roundA, "a|late|0123") { ["Text"] = "Sent svar" });
        channel.App.Time.Advance(BarnrattsResan.Bot.Rounds.RoundCache.SummaryGrace);
        await channel.App.Services.GetRequiredService<BarnrattsResan.Bot.Privacy.RetentionSweeper>().RunDueAsync(CancellationToken.None);
        Assert.Equal(before.Except(ofRoundA).ToHashSet(), await StoredRows.AllAsync(tables));

        // The round is gone for everyone: its cards say so; the other rounds go on.
        var refreshed = await channel.App.InvokeAsync(threadA.Click(channel.Erik, channel.QuestionCards(threadA)[0], CardVerbs.RefreshQuestion));
        Assert.Contains(Sv.RoundNotFound, CardText.Of(refreshed));
        Assert.Contains(Sv.Rounds.StatusTitle("Runda B"), Assert.Single(await channel.SayAsync(channel.Anna, "status", threadB)).Text);
        var again = await channel.App.InvokeAsync(threadA.Click(channel.Facilitator, confirm.Card!, CardVerbs.DeleteRound));
        Assert.Contains(Sv.RoundNotFound, CardText.Of(again));
    }

    [Fact]
    public async Task TheFacilitatorCanSeeTheSummaryFirstOrCancelAndNothingIsDeleted()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync(("title", "Runda A"));
        await channel.AnswerAsync(channel.Anna, channel.QuestionCards()[0], "Ett svar att spara");
        var tables = await channel.TablesAsync();
        var before = await StoredRows.AllAsync(tables);
        var confirm = Assert.Single(await channel.SayAsync(channel.Facilitator, "radera")).Card!;

        var colleague = await channel.App.InvokeAsync(channel.Activities.Click(channel.Anna, confirm, CardVerbs.DeleteRoundSummary));
        Assert.DoesNotContain("Ett svar att spara", CardText.Of(colleague));

        var summary = await channel.App.InvokeAsync(channel.Activities.Click(channel.Facilitator, confirm, CardVerbs.DeleteRoundSummary));
        var text = CardText.Of(summary);
        Assert.Contains(Sv.Summaries.SummaryTitle("Runda A"), text);
        Assert.Contains("Ett svar att spara", text);
        Assert.Contains("Anna Åberg", text);
        Assert.Contains(Sv.Privacy.DeleteRoundSummaryNote, text);
        // The summary ends with the next moment and the methods unfolded in place (issue 12), then the two choices.
        Assert.Equal([Sv.Privacy.DeleteRoundConfirm, Sv.Privacy.Cancel], CardText.ActionTitles(summary).TakeLast(2));
        Assert.Equal(Sv.Methods.ShowMethods, CardText.ActionTitles(summary)[0]);
        Assert.DoesNotContain(channel.Connector.Sent, s => s.Text.Contains(Sv.Summaries.SummaryTitle("Runda A")));

        var cancelled = await channel.App.InvokeAsync(channel.Activities.Click(channel.Facilitator, summary, CardVerbs.Cancel));
        Assert.Contains(Sv.Privacy.Cancelled, CardText.Of(cancelled));
        Assert.Equal(before, await StoredRows.AllAsync(tables));
    }

    [Fact]
    public async Task AColleagueWhoAsksToDeleteARoundIsPolitelyRefused()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync();

        var reply = Assert.Single(await channel.SayAsync(channel.Erik, "radera"));

        Assert.Contains(Sv.NotAllowed("Maria Lind"), reply.Text);
        Assert.Empty(CardText.ActionTitles(reply.Card!));
    }

    /// <summary>A row of the round: its row in Rounds, its partition in Answers, its jobs (row keys end with the round id).</summary>
    private static bool BelongsTo(StoredRow row, string roundId) => row.Table switch
    {
        "Rounds" => row.RowKey == roundId,
        "Answers" => row.PartitionKey == roundId,
        "Jobs" => row.RowKey.EndsWith("|" + roundId, StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>The outbox's rows of a round: waiting or set-aside messages and the markers of sent ones.</summary>
    private static async Task<IReadOnlyList<(string PartitionKey, string RowKey)>> OutboxRowsOfAsync(BarnrattsResan.Bot.Storage.Tables tables, string roundId)
    {
        var rows = await tables.Outbox.QueryAsync<Azure.Data.Tables.TableEntity>(e => e.GetString("RoundId") == roundId, select: ["PartitionKey", "RowKey"]).ToListAsync();
        return rows.Select(r => (r.PartitionKey, r.RowKey)).Order().ToArray();
    }
}
