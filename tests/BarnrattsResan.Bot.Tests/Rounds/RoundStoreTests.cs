using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace BarnrattsResan.Bot.Tests.Rounds;

/// <summary>Rounds against a real Azurite: concurrent changes are re-applied, never lost.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class RoundStoreTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ARoundIsStoredAndReadBackWhole()
    {
        var store = new RoundStore(await TestTables.CreateAsync(azurite), NullLogger<RoundStore>.Instance);
        var round = SampleRounds.Create(RoundMode.Live, anonymous: true) with
        {
            ResultsText = "Vi nådde målen.\nNästan alla.",
            ResultsLinks = [new BarnrattsResan.Bot.Rounds.ResultLink("Slutrapporten", "https://kommunen.se/rapport.pdf")],
            ResultsRevision = 2,
        };

        Assert.True(await store.TryAddAsync(round, CancellationToken.None));
        Assert.False(await store.TryAddAsync(round, CancellationToken.None));
        var read = await store.GetAsync(round.ConversationKey, round.Id, CancellationToken.None);

        Assert.NotNull(read);
        Assert.Equal(round.Questions, read.Questions);
        Assert.Equal(round.Thread, read.Thread);
        Assert.Equal(round.ResultsLinks, read.ResultsLinks);
        Assert.Equal(round with { ETag = read.ETag, Questions = read.Questions, CoFacilitators = read.CoFacilitators, GroupLeads = read.GroupLeads, Posts = read.Posts, Delivery = read.Delivery, RefreshUserIds = read.RefreshUserIds, ResultsLinks = read.ResultsLinks }, read);
    }

    [Fact]
    public async Task ConcurrentChangesToOneRoundAreAllKept()
    {
        var store = new RoundStore(await TestTables.CreateAsync(azurite), NullLogger<RoundStore>.Instance);
        var round = SampleRounds.Create();
        await store.TryAddAsync(round, CancellationToken.None);

        await Task.WhenAll(round.Questions.Select(q =>
            store.ChangeAsync(round.ConversationKey, round.Id, r => RoundTransition.To(r with { Posts = r.Posts.WithQuestion(q.Id, "msg-" + q.Id) }), CancellationToken.None)));

        var read = await store.GetAsync(round.ConversationKey, round.Id, CancellationToken.None);
        Assert.Equal(6, read!.Posts.QuestionMessageIds.Count);
    }

    [Fact]
    public async Task ARoundIsOnlyFoundInItsOwnConversation()
    {
        var store = new RoundStore(await TestTables.CreateAsync(azurite), NullLogger<RoundStore>.Instance);
        var round = SampleRounds.Create();
        await store.TryAddAsync(round, CancellationToken.None);

        var other = BarnrattsResan.Bot.Conversations.ConversationKey.For("tenant", "19:other@thread.tacv2");

        Assert.Null(await store.GetAsync(other, round.Id, CancellationToken.None));
        Assert.Null(await store.GetAsync(round.ConversationKey, "not-an-id", CancellationToken.None));
    }
}
