namespace BarnrattsResan.EndToEnd.Tests.BotUnderTest;

/// <summary>
/// xunit fixture: a fresh Azurite table service and the real bot wired to it, stopped on dispose.
/// Use as <c>IClassFixture&lt;BotUnderTestFixture&gt;</c> (or a collection fixture to share it).
/// </summary>
public sealed class BotUnderTestFixture : IAsyncLifetime
{
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private AzuriteTableProcess? _azurite;
    private BotProcess? _bot;

    public AzuriteTableProcess Azurite => _azurite ?? throw new InvalidOperationException("Not started.");

    public BotProcess Bot => _bot ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteTableProcess.StartAsync(StartTimeout);
        _bot = await BotProcess.StartAsync(_azurite.ConnectionString, StartTimeout);
    }

    public async Task DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }

        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}
