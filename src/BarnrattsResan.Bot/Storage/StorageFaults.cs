using Azure;

namespace BarnrattsResan.Bot.Storage;

/// <summary>Faults after which the person should simply try again in a moment (the "busy" answer), not see an error.</summary>
internal static class StorageFaults
{
    public static bool MeansTryAgain(Exception exception) => exception switch
    {
        StorageBusyException => true,
        RequestFailedException e => e.Status is 0 or 408 or 429 or >= 500,
        AggregateException e => e.InnerExceptions.All(MeansTryAgain),
        TaskCanceledException or TimeoutException => true,
        _ => false,
    };

    /// <summary>The stored row the request needed cannot be read (see <see cref="StoredRow"/>); null for any other fault.</summary>
    public static UnreadableRowException? UnreadableRow(Exception exception) => exception switch
    {
        UnreadableRowException e => e,
        AggregateException e => e.InnerExceptions.Select(UnreadableRow).FirstOrDefault(u => u is not null),
        _ => null,
    };
}
