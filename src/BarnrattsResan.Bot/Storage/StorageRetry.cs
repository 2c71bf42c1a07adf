using Azure;

namespace BarnrattsResan.Bot.Storage;

/// <summary>Optimistic concurrency: read, change, save with the ETag; on a conflict read again and retry.</summary>
internal static class StorageRetry
{
    public const int MaxAttempts = 12;

    /// <summary>Waits a little before the next attempt, longer each time and at random, so that racing writers spread out.</summary>
    public static Task BackOffAsync(int attempt, CancellationToken cancellationToken) =>
        Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20) * Math.Min(attempt, 6)), cancellationToken);

    public static bool IsConflict(RequestFailedException e) => e.Status is 409 or 412;

    public static bool IsNotFound(RequestFailedException e) => e.Status == 404;

    /// <summary>
    /// The one optimistic-concurrency loop: runs <paramref name="attempt"/> (read, apply, write under the read's
    /// ETag) until it is <see cref="Attempt.Done{T}(T)"/>. A write that lost the race (409/412, or the attempt saying
    /// <see cref="Attempt.Again{T}"/>) waits <see cref="BackOffAsync"/> and runs again on a fresh read. After
    /// <paramref name="maxAttempts"/> the result is <paramref name="exhausted"/>'s.
    /// </summary>
    public static async Task<T> UntilDoneAsync<T>(Func<CancellationToken, Task<Attempt<T>>> attempt, Func<T> exhausted, CancellationToken cancellationToken, int maxAttempts = MaxAttempts)
    {
        for (var number = 1; number <= maxAttempts; number++)
        {
            try
            {
                var outcome = await attempt(cancellationToken);
                if (outcome.IsDone)
                {
                    return outcome.Value;
                }
            }
            catch (RequestFailedException e) when (IsConflict(e))
            {
                // Someone else wrote the row in between: read it again and re-apply.
            }

            if (number < maxAttempts)
            {
                await BackOffAsync(number, cancellationToken);
            }
        }

        return exhausted();
    }

    /// <summary><see cref="UntilDoneAsync{T}(Func{CancellationToken, Task{Attempt{T}}}, Func{T}, CancellationToken, int)"/> that, when every attempt lost, says the row in <paramref name="table"/> is busy (<see cref="StorageBusyException"/>).</summary>
    public static Task<T> UntilDoneAsync<T>(string table, Func<CancellationToken, Task<Attempt<T>>> attempt, CancellationToken cancellationToken) =>
        UntilDoneAsync(attempt, () => throw new StorageBusyException(table), cancellationToken);
}

/// <summary>What one attempt of <see cref="StorageRetry.UntilDoneAsync{T}(Func{CancellationToken, Task{Attempt{T}}}, Func{T}, CancellationToken, int)"/> came to: done with a value, or again on a fresh read.</summary>
internal readonly record struct Attempt<T>(bool IsDone, T Value);

/// <summary>Makes an <see cref="Attempt{T}"/>.</summary>
internal static class Attempt
{
    public static Attempt<T> Done<T>(T value) => new(true, value);

    public static Attempt<T> Again<T>() => default;
}
