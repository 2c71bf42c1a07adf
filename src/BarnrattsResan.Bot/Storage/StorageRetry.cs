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
}
