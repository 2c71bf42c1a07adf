using System.Text.Json;
using Azure.Data.Tables;

namespace BarnrattsResan.Bot.Storage;

/// <summary>
/// The one policy for a stored row that cannot be read (bad JSON in a property, an unknown enum name): it is never
/// read as something else. Reading it throws <see cref="UnreadableRowException"/>, which names the table and the
/// keys only; the person whose request needed it is told the stored data could not be read (the Teams edge), and
/// background work sets the work aside instead of trying again (the outbox, the job schedulers).
/// </summary>
internal static class StoredRow
{
    /// <summary>Converts a row read from <paramref name="table"/> (its logical name, e.g. <c>Rounds</c>); a value that cannot be read throws <see cref="UnreadableRowException"/>.</summary>
    public static T Read<T>(string table, ITableEntity row, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is JsonException or StoredValueException or NotSupportedException)
        {
            throw new UnreadableRowException(table, row.PartitionKey, row.RowKey);
        }
    }

    /// <summary>An enum kept by name; a name the code does not know (or a number) is not read as some other value.</summary>
    public static TEnum Enum<TEnum>(string? name)
        where TEnum : struct, System.Enum =>
        !string.IsNullOrEmpty(name) && !char.IsAsciiDigit(name[0]) && name[0] != '-'
            && System.Enum.TryParse<TEnum>(name, ignoreCase: false, out var value) && System.Enum.IsDefined(value)
            ? value
            : throw new StoredValueException($"Not a {typeof(TEnum).Name}.");
}

/// <summary>One stored value cannot be read; <see cref="StoredRow.Read"/> turns it into <see cref="UnreadableRowException"/>.</summary>
internal sealed class StoredValueException(string message) : FormatException(message);

/// <summary>A row that cannot be read. The message holds the table and the keys, never a stored value.</summary>
internal sealed class UnreadableRowException(string table, string partitionKey, string rowKey)
    : Exception($"A row of table {table} ({partitionKey} / {rowKey}) cannot be read.")
{
    public string Table { get; } = table;

    public string PartitionKey { get; } = partitionKey;

    public string RowKey { get; } = rowKey;
}
