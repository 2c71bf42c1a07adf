using Azure;

namespace BarnrattsResan.Bot.Storage;

/// <summary>Optimistic concurrency: read, change, save with the ETag; on a conflict read again and retry.</summary>
public static class StorageRetry
{
    public const int MaxAttempts = 8;

    public static bool IsConflict(RequestFailedException e) => e.Status is 409 or 412;

    public static bool IsNotFound(RequestFailedException e) => e.Status == 404;
}
