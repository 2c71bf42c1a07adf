using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Tests.Infrastructure;

namespace BarnrattsResan.Bot.Tests.Answers;

/// <summary>Answers against a real Azurite: one per person per question, counted exactly, whatever the races.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class AnswerStoreTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ARetryOrDoubleClickNeitherDuplicatesNorCountsTwice()
    {
        var store = new AnswerStore(await TestTables.CreateAsync(azurite));
        var roundId = RoundIds.New();
        var answer = new Answer("q1", "person", "Samma svar", "Anna", Now, Now);

        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => store.SaveAsync(roundId, answer, CancellationToken.None)));

        Assert.Single(results, r => r.IsNew);
        Assert.Equal(1, await store.CountAsync(roundId, "q1", CancellationToken.None));
        Assert.Single(await store.ListAsync(roundId, "q1", CancellationToken.None));
    }

    [Fact]
    public async Task ManyPeopleAnsweringAtOnceAreAllCounted()
    {
        var store = new AnswerStore(await TestTables.CreateAsync(azurite));
        var roundId = RoundIds.New();

        await Task.WhenAll(Enumerable.Range(0, 60).Select(i =>
            store.SaveAsync(roundId, new Answer("q1", $"person-{i}", $"Svar {i}", $"Person {i}", Now, Now), CancellationToken.None)));

        Assert.Equal(60, await store.CountAsync(roundId, "q1", CancellationToken.None));
        Assert.Equal(60, (await store.ListAsync(roundId, "q1", CancellationToken.None)).Count);
    }

    [Fact]
    public async Task AChangedAnswerReplacesTheOldOneAndKeepsWhenItWasFirstGiven()
    {
        var store = new AnswerStore(await TestTables.CreateAsync(azurite));
        var roundId = RoundIds.New();
        await store.SaveAsync(roundId, new Answer("q1", "p", "Först", "Anna", Now, Now), CancellationToken.None);

        var changed = await store.SaveAsync(roundId, new Answer("q1", "p", "Sedan", "Anna", Now.AddHours(1), Now.AddHours(1)), CancellationToken.None);

        Assert.False(changed.IsNew);
        Assert.Equal(1, await store.CountAsync(roundId, "q1", CancellationToken.None));
        var stored = Assert.Single((await store.ReadAllAsync(roundId, CancellationToken.None)).Answers);
        Assert.Equal("Sedan", stored.Text);
        Assert.Equal(Now, stored.AnsweredAt);
        Assert.Equal(Now.AddHours(1), stored.UpdatedAt);
    }

    [Fact]
    public async Task RoundsAndQuestionsAreKeptApart()
    {
        var store = new AnswerStore(await TestTables.CreateAsync(azurite));
        var (a, b) = (RoundIds.New(), RoundIds.New());
        await store.SaveAsync(a, new Answer("q1", "p", "A1", null, Now, Now), CancellationToken.None);
        await store.SaveAsync(a, new Answer("q10", "p", "A10", null, Now, Now), CancellationToken.None);
        await store.SaveAsync(b, new Answer("q1", "p", "B1", null, Now, Now), CancellationToken.None);

        Assert.Equal("A1", Assert.Single(await store.ListAsync(a, "q1", CancellationToken.None)).Text);
        Assert.Equal(2, (await store.ReadAllAsync(a, CancellationToken.None)).Answers.Count);
        Assert.Equal(new Dictionary<string, int> { ["q1"] = 1, ["q10"] = 1 }, await store.CountAllAsync(a, CancellationToken.None));
        Assert.Equal(1, await store.CountAsync(a, "q1", CancellationToken.None));
        Assert.Equal(1, await store.CountParticipantsAsync(a, CancellationToken.None));
    }

    [Fact]
    public async Task AnAnswerTakenBackIsOneDeleteAndTheCountFollows()
    {
        var store = new AnswerStore(await TestTables.CreateAsync(azurite));
        var roundId = RoundIds.New();
        await store.SaveAsync(roundId, new Answer("q1", "p1", "Ett", null, Now, Now), CancellationToken.None);
        await store.SaveAsync(roundId, new Answer("q1", "p2", "Två", null, Now, Now), CancellationToken.None);

        Assert.True(await store.DeleteAsync(roundId, "q1", "p1", CancellationToken.None));
        Assert.False(await store.DeleteAsync(roundId, "q1", "p1", CancellationToken.None));

        Assert.Equal(1, await store.CountAsync(roundId, "q1", CancellationToken.None));
        var again = await store.SaveAsync(roundId, new Answer("q1", "p1", "Ett igen", null, Now, Now), CancellationToken.None);
        Assert.True(again.IsNew);
        Assert.Equal(2, await store.CountAsync(roundId, "q1", CancellationToken.None));
    }
}
