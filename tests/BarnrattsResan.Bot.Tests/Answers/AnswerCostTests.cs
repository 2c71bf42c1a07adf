using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Storage;
using BarnrattsResan.Bot.Tests.Infrastructure;

namespace BarnrattsResan.Bot.Tests.Answers;

/// <summary>Saving an answer costs one storage call (two for a change), and no scan, however many answers the round already has.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class AnswerCostTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ANewAnswerIsOneInsertAndAChangeOneMoreWriteWhateverTheRoundHolds()
    {
        var counter = new RequestRecorder();
        var options = new TableClientOptions();
        options.AddPolicy(counter, HttpPipelinePosition.PerCall);
        var tables = new Tables(new TableServiceClient(azurite.ConnectionString, options), new TableNames(TestTables.NewPrefix()));
        foreach (var table in tables.All) await table.CreateIfNotExistsAsync();
        var store = new AnswerStore(tables);
        var roundId = RoundIds.New();
        var now = DateTimeOffset.UtcNow;

        counter.Clear();
        await store.SaveAsync(roundId, new Answer("q1", "first", "Svar", null, now, now), CancellationToken.None);
        var first = counter.Requests;

        for (var i = 0; i < 498; i++)
        {
            await store.SaveAsync(roundId, new Answer(i % 2 == 0 ? "q1" : "q2", $"p{i}", "Svar", null, now, now), CancellationToken.None);
        }

        counter.Clear();
        var saved = await store.SaveAsync(roundId, new Answer("q1", "last", "Svar", null, now, now), CancellationToken.None);
        var last = counter.Requests;

        Assert.True(saved.IsNew);
        Assert.Equal(251, await store.CountAsync(roundId, "q1", CancellationToken.None));
        Assert.Equal(first, last);
        Assert.Equal([("POST", $"/devstoreaccount1/{tables.Answers.Name}")], last.Select(r => (r.Method, r.Path)));

        counter.Clear();
        var changed = await store.SaveAsync(roundId, new Answer("q1", "last", "Ändrat svar", null, now, now), CancellationToken.None);
        Assert.False(changed.IsNew);
        Assert.Equal(["POST", "PATCH"], counter.Requests.Select(r => r.Method));
        Assert.Equal(251, await store.CountAsync(roundId, "q1", CancellationToken.None));
        Assert.Equal("Ändrat svar", (await store.GetAsync(roundId, "q1", "last", CancellationToken.None))!.Text);
    }

    private sealed class RequestRecorder : HttpPipelineSynchronousPolicy
    {
        private readonly List<(string Method, string Path, string Query)> requests = [];

        public IReadOnlyList<(string Method, string Path, string Query)> Requests
        {
            get { lock (requests) return requests.ToArray(); }
        }

        public void Clear()
        {
            lock (requests) requests.Clear();
        }

        public override void OnSendingRequest(HttpMessage message)
        {
            var uri = message.Request.Uri.ToUri();
            lock (requests) requests.Add((message.Request.Method.ToString(), uri.AbsolutePath, uri.Query));
        }
    }
}
