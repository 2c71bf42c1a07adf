namespace BarnrattsResan.Bot.Storage;

/// <summary>
/// Too many requests changed the same row at the same moment, even after <see cref="StorageRetry.MaxAttempts"/>
/// attempts; the person is asked to try again in a moment (see <see cref="StorageFaults"/>).
/// </summary>
internal sealed class StorageBusyException(string table) : Exception($"A row of table {table} is too busy to change right now.")
{
    public string Table { get; } = table;
}
