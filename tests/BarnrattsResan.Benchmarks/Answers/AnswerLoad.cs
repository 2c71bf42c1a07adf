using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace BarnrattsResan.Benchmarks.Answers;

/// <summary>
/// Posts prepared activities to <c>/api/messages</c>, a fixed number in flight, and times each from sending to the
/// last byte of the response. The same code drives the floor and the product.
/// </summary>
public static class AnswerLoad
{
    public static async Task<LoadResult> RunAsync(HttpClient client, IReadOnlyList<byte[]> bodies, int inFlight)
    {
        var latencies = new double[bodies.Count];
        var failures = 0;
        string? firstFailure = null;
        var total = Stopwatch.StartNew();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, bodies.Count),
            new ParallelOptions { MaxDegreeOfParallelism = inFlight },
            async (i, cancellationToken) =>
            {
                var started = Stopwatch.GetTimestamp();
                using var content = new ByteArrayContent(bodies[i]);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using var response = await client.PostAsync("/api/messages", content, cancellationToken);
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (!response.IsSuccessStatusCode || !IsCardResponse(body))
                {
                    Interlocked.Increment(ref failures);
                    Interlocked.CompareExchange(ref firstFailure, $"HTTP {(int)response.StatusCode}: {body[..Math.Min(body.Length, 300)]}", null);
                }
            });
        total.Stop();
        return new LoadResult(latencies, total.Elapsed, failures, firstFailure);
    }

    /// <summary>An invoke response that replaces the card for the person who clicked.</summary>
    private static bool IsCardResponse(string body)
    {
        try
        {
            return JsonNode.Parse(body) is JsonObject o
                && o["statusCode"]?.GetValue<int>() == 200
                && o["type"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive";
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }
}

/// <summary>One run's latencies (ms, in sending order), its wall time and how many answers failed.</summary>
public sealed record LoadResult(IReadOnlyList<double> LatenciesMs, TimeSpan Elapsed, int Failures, string? FirstFailure)
{
    public double P50 => Percentile(0.50);

    public double P95 => Percentile(0.95);

    public double AnswersPerSecond => LatenciesMs.Count / Elapsed.TotalSeconds;

    /// <summary>Nearest-rank percentile.</summary>
    private double Percentile(double p)
    {
        var sorted = LatenciesMs.Order().ToArray();
        return sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }
}
