using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Polly;
using Polly.Retry;

namespace BarnrattsResan.Bot.Teams;

/// <summary>
/// Replies to a command inside its turn (an answer to what someone just wrote, not a proactive message). Teams
/// counts them against the thread's budget too, so a reply that meets 429 waits for Retry-After and tries again,
/// as do passing faults, within a few seconds so the turn stays inside Teams' time budget. Everything the bot sends
/// on its own goes through the outbox instead.
/// </summary>
internal sealed class TurnReplies
{
    private readonly ResiliencePipeline pipeline;

    public TurnReplies(TimeProvider time)
    {
        pipeline = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = 3,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(500),
                MaxDelay = TimeSpan.FromSeconds(4),
                ShouldHandle = new PredicateBuilder().Handle<ErrorResponseException>(e => (int?)e.Response?.StatusCode is 429 or 412 or 502 or 503 or 504),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Exception as ErrorResponseException)),
            })
            .Build();
    }

    public Task SendAsync(ITurnContext turnContext, IActivity activity, CancellationToken cancellationToken) =>
        pipeline.ExecuteAsync(async ct => await turnContext.SendActivityAsync(activity, ct), cancellationToken).AsTask();

    private static TimeSpan? RetryAfter(ErrorResponseException? e)
    {
        var header = e?.Response?.Headers?.FirstOrDefault(h => string.Equals(h.Key, "Retry-After", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        return double.TryParse(header, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(Math.Clamp(seconds, 0, 4))
            : null;
    }
}
