namespace BarnrattsResan.Bot.Tests.Infrastructure;

/// <summary>
/// A real Azurite table service (npm package <c>azurite</c>, installed by <c>npm ci</c>) on a free port with a
/// temporary data folder, started once for the test collection and stopped after it.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteTableProcess? azurite;

    public string ConnectionString => (azurite ?? throw new InvalidOperationException("Azurite is not started.")).ConnectionString;

    public async Task InitializeAsync() => azurite = await AzuriteTableProcess.StartAsync(TimeSpan.FromSeconds(30));

    public async Task DisposeAsync()
    {
        if (azurite is not null) await azurite.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class AzuriteGroup : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
