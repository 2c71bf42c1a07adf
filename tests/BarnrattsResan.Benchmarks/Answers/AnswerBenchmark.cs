using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Storage;
using BarnrattsResan.Testing;

namespace BarnrattsResan.Benchmarks.Answers;

/// <summary>
/// Answering against a floor. The product (the real bot) and the floor (the same Bot Framework pipeline doing one
/// upsert and returning a static card) run in this process on one Azurite, alternately: each run is
/// <see cref="AnswersPerRun"/> new colleagues answering the first question of a round, <see cref="InFlight"/> at a
/// time. Prints p50/p95 latency and answers per second per side (medians over runs), the ratios product/floor
/// against the targets, and the storage and Teams calls per answer.
/// </summary>
public static class AnswerBenchmark
{
    public const int DefaultRunsPerSide = 3;
    private const int AnswersPerRun = 500;
    private const int InFlight = 32;

    /// <summary>
    /// Answers per warm-up run; the warm-up alternates twice, as the runs do, so that the JIT's tiered compilation has
    /// reached its optimised code for both sides before the clock starts, even on a busy machine.
    /// </summary>
    private const int WarmUpAnswers = 100;

    private const double P95Target = 1.25;
    private const double ThroughputTarget = 0.8;

    /// <summary>How long no call may reach the connector before the product's background work counts as done.</summary>
    private static readonly TimeSpan QuietFor = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan MaxDrain = TimeSpan.FromSeconds(120);

    public static async Task<int> RunAsync(int runsPerSide)
    {
        Console.WriteLine($"Machine: {Machine.Describe()}");
        Console.WriteLine($"Load average at start: {Machine.LoadAverage()}");
        Console.WriteLine($"Each run: {AnswersPerRun} answers from {AnswersPerRun} new colleagues, {InFlight} in flight; {runsPerSide} runs per side, alternating, after 2 × {WarmUpAnswers} warm-up answers each.");
        Console.WriteLine();

        await using var azurite = await AzuriteTableProcess.StartAsync(TimeSpan.FromSeconds(30));
        await using var connector = await ConnectorStandIn.StartAsync();
        using var teams = new TeamsCallCounter(connector.ServiceUrl);
        var cpu = new ProcessCpu();
        var reader = new TableServiceClient(azurite.ConnectionString);
        var prefix = "bench" + Guid.NewGuid().ToString("N")[..8];

        var floorStorage = new StorageCallCounter();
        await using var floor = await FloorApp.StartAsync(floorStorage.Client(azurite.ConnectionString), prefix + "Floor");
        using var floorClient = floor.CreateBenchmarkClient();
        var floorTable = reader.GetTableClient(floor.Answers.Name);

        var productStorage = new StorageCallCounter();
        await using var product = new ProductApp(azurite.ConnectionString, prefix, productStorage);
        using var productClient = product.CreateBenchmarkClient();
        var productTable = reader.GetTableClient(new TableNames(prefix).Answers);

        var channelId = $"19:{Guid.NewGuid():N}@thread.tacv2";
        var channel = new TeamsActivities(connector.ServiceUrl, Guid.NewGuid().ToString(), channelId, channelId, "1");
        var facilitator = TestUser.Create("Maria Lind");
        var lead = TestUser.Create("Karin Processledare");
        connector.AddMember(facilitator.Id, facilitator.AadObjectId, facilitator.Name);
        connector.AddMember(lead.Id, lead.AadObjectId, lead.Name);

        // The floor answers the same invokes as the product: the first question card's data, in a round id of its own per run.
        var template = await RoundStarter.StartAsync(productClient, connector, channel, facilitator, lead);
        await WaitForQuietAsync(teams);

        async Task<RunFigures> FloorRunAsync(int run, int answers)
        {
            var roundId = "floor-" + Guid.NewGuid().ToString("N");
            var data = template.SubmitData.DeepClone().AsObject();
            data["roundId"] = roundId;
            var bodies = Bodies(template.Thread, data, answers, run);
            return await MeasureAsync("floor", run, floorClient, bodies, connector, floorStorage, teams, cpu, () => CountRowsAsync(floorTable, roundId, string.Empty));
        }

        async Task<RunFigures> ProductRunAsync(int run, int answers, StartedRound? round = null)
        {
            if (round is null)
            {
                round = await RoundStarter.StartAsync(productClient, connector, channel, facilitator, lead);
                await WaitForQuietAsync(teams);
            }

            var bodies = Bodies(round.Thread, round.SubmitData, answers, run);
            return await MeasureAsync("product", run, productClient, bodies, connector, productStorage, teams, cpu, () => CountRowsAsync(productTable, round.RoundId, "a|"));
        }

        var correct = true;
        AnswerReport.PrintRunHeader();
        for (var warmUp = 0; warmUp < 2; warmUp++)
        {
            correct &= AnswerReport.PrintRun(await FloorRunAsync(0, WarmUpAnswers));
            correct &= AnswerReport.PrintRun(await ProductRunAsync(0, WarmUpAnswers, warmUp == 0 ? template : null));
        }

        var floorRuns = new List<RunFigures>();
        var productRuns = new List<RunFigures>();
        for (var run = 1; run <= runsPerSide; run++)
        {
            var f = await FloorRunAsync(run, AnswersPerRun);
            floorRuns.Add(f);
            correct &= AnswerReport.PrintRun(f);
            var p = await ProductRunAsync(run, AnswersPerRun);
            productRuns.Add(p);
            correct &= AnswerReport.PrintRun(p);
        }

        Console.WriteLine();
        Console.WriteLine($"Load average at end: {Machine.LoadAverage()}");
        AnswerReport.PrintSummary(floorRuns, productRuns, P95Target, ThroughputTarget);
        if (!correct)
        {
            Console.WriteLine();
            Console.WriteLine("NOT ALL ANSWERS WERE SAVED: the figures above are not valid (see the runs marked !).");
            return 1;
        }

        return 0;
    }

    /// <summary>Invokes as Teams sends them when a colleague clicks "Skicka svar", serialised before the clock starts.</summary>
    private static byte[][] Bodies(TeamsActivities thread, JsonObject submitData, int count, int run) =>
        Enumerable.Range(0, count).Select(i =>
        {
            var colleague = TestUser.Create($"Kollega {run}-{i}");
            var data = submitData.DeepClone().AsObject();
            data["answer"] = $"Barnen har fått komma till tals i fler beslut i år, och vi frågar dem tidigare. (Kollega {run}-{i})";
            return JsonSerializer.SerializeToUtf8Bytes(thread.Execute(colleague, CardVerbs.SubmitAnswer, data));
        }).ToArray();

    /// <summary>One run: the answers under load, then the background work they caused until the connector is quiet.</summary>
    private static async Task<RunFigures> MeasureAsync(string side, int run, HttpClient client, byte[][] bodies, ConnectorStandIn connector, StorageCallCounter storage, TeamsCallCounter teams, ProcessCpu cpu, Func<Task<int>> countStored)
    {
        // The stand-in keeps every card it receives; forgetting the earlier runs' keeps its memory (and the GC's work) flat.
        connector.Clear();
        var storageBefore = storage.Calls.Snapshot();
        var kindsBefore = storage.Kinds();
        var teamsBefore = teams.Calls.Snapshot();
        var cpuBefore = cpu.Now();
        var load = await AnswerLoad.RunAsync(client, bodies, InFlight);
        var drained = await WaitForQuietAsync(teams);
        var cpuUsed = cpu.Now() - cpuBefore;
        var storageCalls = storage.Calls.Snapshot() - storageBefore;
        var kinds = storage.Kinds().ToDictionary(k => k.Key, k => k.Value - kindsBefore.GetValueOrDefault(k.Key));
        var teamsCalls = teams.Calls.Snapshot() - teamsBefore;
        return new RunFigures(side, run, load, bodies.Length, await countStored(), storageCalls, kinds, teamsCalls, cpuUsed, drained);
    }

    /// <summary>Waits until no call has reached the connector for <see cref="QuietFor"/>: the background work of the last run is done.</summary>
    private static async Task<bool> WaitForQuietAsync(TeamsCallCounter teams)
    {
        var deadline = DateTime.UtcNow + MaxDrain;
        var last = teams.Calls.Snapshot().Total;
        var quietSince = DateTime.UtcNow;
        while (DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            var now = teams.Calls.Snapshot().Total;
            if (now != last)
            {
                last = now;
                quietSince = DateTime.UtcNow;
            }
            else if (DateTime.UtcNow - quietSince >= QuietFor)
            {
                return true;
            }
        }

        return false;
    }

    private static async Task<int> CountRowsAsync(TableClient table, string partition, string rowPrefix)
    {
        var to = rowPrefix.Length == 0 ? "\uffff" : rowPrefix[..^1] + (char)(rowPrefix[^1] + 1);
        var count = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(
            e => e.PartitionKey == partition && e.RowKey.CompareTo(rowPrefix) >= 0 && e.RowKey.CompareTo(to) < 0,
            select: ["RowKey"]))
        {
            count++;
        }

        return count;
    }
}
