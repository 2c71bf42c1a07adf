namespace BarnrattsResan.EndToEnd.Tests.BotUnderTest;

/// <summary>
/// xunit fixture: a fresh Azurite table service and the real bot wired to it, stopped on dispose.
/// Use as <c>IClassFixture&lt;BotUnderTestFixture&gt;</c> (or a collection fixture to share it). A derived
/// fixture can give the bot further settings through <see cref="BotEnvironment"/>.
/// </summary>
public class BotUnderTestFixture : IAsyncLifetime
{
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private AzuriteTableProcess? azurite;
    private BotProcess? bot;

    public AzuriteTableProcess Azurite => azurite ?? throw new InvalidOperationException("Not started.");

    public BotProcess Bot => bot ?? throw new InvalidOperationException("Not started.");

    /// <summary>Settings (environment variables) the bot is started with besides storage and environment.</summary>
    protected virtual IReadOnlyDictionary<string, string?> BotEnvironment { get; } = new Dictionary<string, string?>();

    public virtual async Task InitializeAsync()
    {
        azurite = await AzuriteTableProcess.StartAsync(StartTimeout);
        bot = await BotProcess.StartAsync(azurite.ConnectionString, StartTimeout, BotEnvironment);
    }

    public virtual async Task DisposeAsync()
    {
        if (bot is not null)
        {
            await bot.DisposeAsync();
        }

        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }
    }
}
