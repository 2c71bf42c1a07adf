namespace BarnrattsResan.Bot.Storage;

/// <summary>Creates the tables at start-up, so a new deployment or a fresh Azurite works without a manual step.</summary>
internal sealed class TableInitializer(Tables tables, ILogger<TableInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var table in tables.All)
        {
            await table.CreateIfNotExistsAsync(cancellationToken);
        }

        logger.TablesReady(tables.All.Count());
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
