using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Privacy;
using BarnrattsResan.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BarnrattsResan.Bot.Tests.Privacy;

/// <summary>When the bot is removed from a team, its data there is erased after a day's grace; adding it back in time keeps everything.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class BotRemovalTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("installationUpdate", "remove")]
    [InlineData("installationUpdate", "remove-upgrade")]
    [InlineData("conversationUpdate", "membersRemoved")]
    public async Task RemovingTheBotFromATeamErasesEveryChannelsDataAfterTheGraceAndNothingOfAnotherTeam(string type, string action)
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        var general = channel.Activities;
        var secondChannel = general.InChannel($"19:{Guid.NewGuid():N}@thread.tacv2");
        var otherTeam = general.InChannel($"19:{Guid.NewGuid():N}@thread.tacv2", otherTeamId: $"19:{Guid.NewGuid():N}@thread.tacv2");
        await channel.App.PostAsync(general.BotInstalled(channel.Facilitator));
        await channel.App.PostAsync(otherTeam.BotInstalled(channel.Facilitator));
        await channel.StartRoundInAsync(general, ("title", "Runda A"));
        await channel.StartRoundInAsync(secondChannel, ("title", "Runda B"));
        await channel.StartRoundInAsync(otherTeam, ("title", "Runda C"));
        await channel.AnswerAsync(channel.Anna, channel.QuestionCards(general)[0], "Svar i A", general);
        await channel.AnswerAsync(channel.Anna, channel.QuestionCards(secondChannel)[0], "Svar i B", secondChannel);
        await channel.AnswerAsync(channel.Anna, channel.QuestionCards(otherTeam)[0], "Svar i C", otherTeam);
        var tables = await channel.TablesAsync();
        var before = await StoredRows.AllAsync(tables);
        var team = TeamRows(general, secondChannel, [CardData.RoundIdOf(channel.QuestionCards(general)[0]), CardData.RoundIdOf(channel.QuestionCards(secondChannel)[0])]);
        Assert.Contains(before, r => team(r)); // the test can see the team's rows at all

        var removed = type == "installationUpdate" ? general.InstallationUpdate(channel.Facilitator, action) : general.BotRemoved(channel.Facilitator);
        Assert.True((await channel.App.PostAsync(removed)).IsSuccessStatusCode);
        var sweeper = channel.App.Services.GetRequiredService<RetentionSweeper>();
        Assert.Equal(0, await sweeper.RunDueAsync(CancellationToken.None));
        Assert.True(before.IsSubsetOf(await StoredRows.AllAsync(tables)));

        channel.App.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(3, await sweeper.RunDueAsync(CancellationToken.None)); // General, the second channel and the team's own list of channels

        Assert.Equal(before.Where(r => !team(r)).ToHashSet(), await StoredRows.AllAsync(tables));
        Assert.Equal(0, await sweeper.RunDueAsync(CancellationToken.None));
    }

    [Fact]
    public async Task AddingTheBotBackWithinTheGraceKeepsEverything()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.App.PostAsync(channel.Activities.BotInstalled(channel.Facilitator));
        await channel.StartRoundAsync(("title", "Runda A"));
        await channel.AnswerAsync(channel.Anna, channel.QuestionCards()[0], "Svar");
        var tables = await channel.TablesAsync();
        var before = await StoredRows.AllAsync(tables);

        await channel.App.PostAsync(channel.Activities.InstallationUpdate(channel.Facilitator, "remove"));
        await channel.App.PostAsync(channel.Activities.BotRemoved(channel.Facilitator));
        channel.App.Time.Advance(TimeSpan.FromHours(3));
        await channel.App.PostAsync(channel.Activities.InstallationUpdate(channel.Facilitator, "add"));
        channel.App.Time.Advance(TimeSpan.FromDays(2));

        Assert.Equal(0, await channel.App.Services.GetRequiredService<RetentionSweeper>().RunDueAsync(CancellationToken.None));
        Assert.Equal(before, await StoredRows.AllAsync(tables));
        Assert.Contains("Status: Runda A", Assert.Single(await channel.SayAsync(channel.Anna, "status")).Text);
    }

    [Fact]
    public async Task UninstallingTheAppFromAPersonalChatErasesThatChatsRowAndNothingElse()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.App.PostAsync(channel.Activities.InstalledPersonally(channel.Lead));
        await channel.App.PostAsync(channel.Activities.InstalledPersonally(channel.Anna));
        await channel.StartRoundAsync(("title", "Runda A"));
        var tables = await channel.TablesAsync();
        var before = await StoredRows.AllAsync(tables);
        var leadsChat = ConversationKey.For(channel.Activities.TenantId, "a:1on1-" + channel.Lead.Id).Value;
        Assert.Contains(before, r => r.Table == "Conversations" && r.PartitionKey == leadsChat);

        Assert.True((await channel.App.PostAsync(channel.Activities.UninstalledPersonally(channel.Lead))).IsSuccessStatusCode);
        channel.App.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await channel.App.Services.GetRequiredService<RetentionSweeper>().RunDueAsync(CancellationToken.None));

        Assert.Equal(before.Where(r => r.PartitionKey != leadsChat).ToHashSet(), await StoredRows.AllAsync(tables));
    }

    /// <summary>The rows of a team with two channels: their rounds, answers, jobs and conversation rows, and the team's own list of channels.</summary>
    private static Func<StoredRow, bool> TeamRows(TeamsActivities general, TeamsActivities second, IReadOnlyList<string> roundIds)
    {
        var conversations = new[]
        {
            ConversationKey.For(general.TenantId, general.ChannelConversationId).Value,
            ConversationKey.For(second.TenantId, second.ChannelConversationId).Value,
            TeamChannelIndex.KeyOf(general.TenantId, general.TeamId).Value,
        };
        return row => row.Table switch
        {
            "Rounds" or "Conversations" => conversations.Contains(row.PartitionKey),
            "Answers" => roundIds.Contains(row.PartitionKey),
            _ => roundIds.Any(id => row.RowKey.EndsWith("|" + id, StringComparison.Ordinal)) || conversations.Any(c => row.RowKey.Contains("|" + c + "|", StringComparison.Ordinal)),
        };
    }
}
