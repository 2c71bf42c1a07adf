using Azure.Data.Tables;

namespace BarnrattsResan.Bot.Tests.Infrastructure;

/// <summary>Counts every row of every table a bot instance has under its prefix, whatever tables the app makes (rounds, answers, jobs, an outbox…).</summary>
public static class TableRows
{
    public static async Task<int> CountAsync(AzuriteFixture azurite, string prefix)
    {
        var service = new TableServiceClient(azurite.ConnectionString);
        var rows = 0;
        await foreach (var table in service.QueryAsync())
        {
            if (!table.Name.StartsWith(prefix, StringComparison.Ordinal)) continue;
            await foreach (var _ in service.GetTableClient(table.Name).QueryAsync<TableEntity>(select: ["PartitionKey"]))
            {
                rows++;
            }
        }

        return rows;
    }
}
