using Azure.Data.Tables;
using BarnrattsResan.Bot.Storage;

namespace BarnrattsResan.Bot.Tests.Infrastructure;

/// <summary>One row of the bot's tables, as someone with access to the storage account sees it.</summary>
internal sealed record StoredRow(string Table, string PartitionKey, string RowKey)
{
    public override string ToString() => $"{Table}: {PartitionKey} / {RowKey}";
}

/// <summary>Every row of the bot's tables: to prove what a deletion removed and what it left, and what a reader of the storage can see.</summary>
internal static class StoredRows
{
    public static async Task<IReadOnlySet<StoredRow>> AllAsync(Tables tables)
    {
        var rows = new HashSet<StoredRow>();
        foreach (var (name, table) in Named(tables))
        {
            await foreach (var entity in table.QueryAsync<TableEntity>(select: [nameof(TableEntity.PartitionKey), nameof(TableEntity.RowKey)]))
            {
                rows.Add(new StoredRow(name, entity.PartitionKey, entity.RowKey));
            }
        }

        return rows;
    }

    /// <summary>Every property of every row, as text: what a reader of the storage account could read.</summary>
    public static async Task<string> DumpAsync(Tables tables)
    {
        var text = new System.Text.StringBuilder();
        foreach (var (name, table) in Named(tables))
        {
            await foreach (var entity in table.QueryAsync<TableEntity>())
            {
                text.Append(name).Append(": ");
                foreach (var (key, value) in entity)
                {
                    text.Append(key).Append('=').Append(value is DateTimeOffset d ? d.ToString("o", System.Globalization.CultureInfo.InvariantCulture) : value).Append("; ");
                }

                text.AppendLine();
            }
        }

        return text.ToString();
    }

    private static IEnumerable<(string Name, TableClient Table)> Named(Tables tables) =>
        [("Rounds", tables.Rounds), ("Answers", tables.Answers), ("Jobs", tables.Jobs), ("Conversations", tables.Conversations), ("NoteOffers", tables.NoteOffers)];
}
