using Azure.Data.Tables;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Tests.Infrastructure;

namespace BarnrattsResan.Bot.Tests.Teams;

/// <summary>
/// Group leads receive every answer in a 1:1 chat, so they are chosen only among the people who can see the
/// conversation: in a private or shared channel its own members, not the whole team; and at most 20 of them.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class ChannelRosterTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("private")]
    [InlineData("shared")]
    public async Task InAPrivateOrSharedChannelOnlyItsMembersAreOfferedAndAccepted(string type)
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        var privateChannel = $"19:{Guid.NewGuid():N}@thread.tacv2";
        var activities = channel.Activities.InMembershipChannel(privateChannel, type);
        foreach (var member in new[] { channel.Facilitator, channel.Anna, channel.Lead })
        {
            channel.Connector.AddConversationMember(privateChannel, member.Id, member.AadObjectId, member.Name);
        }

        var setup = Assert.Single(await channel.SayAsync(channel.Facilitator, "starta", activities)).Card!;
        var offered = CardText.Input(setup, "leads")!["choices"]!.AsArray().Select(c => c!["title"]!.GetValue<string>()).ToArray();
        Assert.Equal(["Anna Åberg", "Karin Processledare", "Maria Lind"], offered.Order());

        // Erik is in the team but not in this channel: a forged choice of him is refused and nothing is stored.
        var refused = await channel.App.InvokeAsync(activities.Click(channel.Facilitator, setup, CardVerbs.CreateRound, Inputs(("leads", channel.Erik.AadObjectId))));
        Assert.Contains(Texts.For(Language.Swedish).Rounds.ErrorLeadNotInConversation, CardText.Of(refused));
        Assert.Empty(await RoundsAsync(channel));

        var started = await channel.App.InvokeAsync(activities.Click(channel.Facilitator, setup, CardVerbs.CreateRound, Inputs(("leads", channel.Lead.AadObjectId))));
        Assert.Contains("är startad", CardText.Of(started));
        Assert.Single(await RoundsAsync(channel));
    }

    [Fact]
    public async Task InAStandardChannelTheTeamsMembersAreOffered()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);

        var setup = await channel.SetupCardAsync();

        Assert.Equal(5, CardText.Input(setup, "leads")!["choices"]!.AsArray().Count);
    }

    [Fact]
    public async Task MoreThan20LeadsOrMoreThan10CoFacilitatorsAreRefusedWithTheLimit()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        var people = Enumerable.Range(0, 25).Select(i => TestUser.Create($"Kollega {i:00}")).ToArray();
        foreach (var person in people) channel.Connector.AddMember(person.Id, person.AadObjectId, person.Name);

        var card = await channel.StartRoundAsync(
            ("leads", string.Join(',', people.Take(21).Select(p => p.AadObjectId))),
            ("coFacilitators", string.Join(',', people.Take(11).Select(p => p.AadObjectId))));

        var text = CardText.Of(card);
        Assert.Contains(Texts.For(Language.Swedish).Rounds.ErrorTooManyLeads(20), text);
        Assert.Contains(Texts.For(Language.Swedish).Rounds.ErrorTooManyCoFacilitators(10), text);
        Assert.Empty(await RoundsAsync(channel));

        var exactly = await channel.StartRoundAsync(("leads", string.Join(',', people.Take(20).Select(p => p.AadObjectId))));
        Assert.Contains("är startad", CardText.Of(exactly));
        Assert.Contains(people[19].Name, CardText.Of(exactly));
    }

    private static (string Id, string Value)[] Inputs(params (string Id, string Value)[] extra) =>
    [
        ("title", "Runda i privat kanal"),
        ("sets", "presentera-resultatet"),
        ("meetingDate", "2026-12-03"),
        ("meetingTime", "13:00"),
        .. extra,
    ];

    private static async Task<List<TableEntity>> RoundsAsync(TeamChannel channel) =>
        await (await channel.TablesAsync()).Rounds.QueryAsync<TableEntity>().ToListAsync();
}
