using Azure.Data.Tables;
using BarnrattsResan.Bot.Storage;

namespace BarnrattsResan.Bot.Tests.Infrastructure;

/// <summary>The bot's tables in Azurite under a prefix of their own, so tests never see each other's data.</summary>
internal static class TestTables
{
    public static string NewPrefix() => "t" + Guid.NewGuid().ToString("N")[..12];

    public static async Task<Tables> CreateAsync(AzuriteFixture azurite, string? prefix = null)
    {
        var tables = new Tables(new TableServiceClient(azurite.ConnectionString), new TableNames(prefix ?? NewPrefix()));
        foreach (var table in tables.All)
        {
            await table.CreateIfNotExistsAsync();
        }

        return tables;
    }
}
